package org.newssentinel.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();

    private static final List<String> BODY = List.of(
            "State-run oil company Ecopetrol said Colombia's main oil pipeline was bombed again and pumping of 170,000 barrels per day was suspended.",
            "A spokeswoman for the company said that the early morning dynamite attack was the 31st in the last nine months on the Cano Limon-Covenas pipeline.",
            "She said about 2,000 barrels of crude were spilled and could not indicate when pumping would resume.");

    @Test
    void tokensAreLowerCaseLettersAndDigitsAfterCompatibilityNormalisation() {
        assertEquals(List.of("fifty", "barrels", "2", "000", "bpd", "über", "café"),
                Fingerprinter.tokens("FIFTY barrels — 2,000 \"bpd\"... Über café"));
        assertEquals(List.of("fifty"), Fingerprinter.tokens("\uFB01fty"), "the fi ligature becomes two letters");
        assertEquals(List.of("caf\u00e9"), Fingerprinter.tokens("CAFE\u0301!"), "a combining accent is composed into its letter");
        assertEquals(List.of(), Fingerprinter.tokens(" -- ... "));
    }

    @Test
    void copiesDifferingOnlyInCaseSpacingAndPunctuationAreExactCopies() {
        List<String> shouty = BODY.stream().map(p -> p.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ").replace(",", " , ").replace(".", "!")).toList();
        Fingerprint a = fingerprinter.fingerprint(BODY);
        Fingerprint b = fingerprinter.fingerprint(shouty);
        assertEquals(a.contentHash(), b.contentHash());
        assertEquals(1.0, a.similarity(b));
        assertEquals(a, b);
    }

    @Test
    void paragraphOrderChangesTheContentHashButNotTheSimilarity() {
        List<String> reordered = new ArrayList<>(BODY);
        java.util.Collections.reverse(reordered);
        Fingerprint a = fingerprinter.fingerprint(BODY);
        Fingerprint b = fingerprinter.fingerprint(reordered);
        assertNotEquals(a.contentHash(), b.contentHash());
        assertEquals(1.0, a.similarity(b));
    }

    @Test
    void unrelatedTextsShareAlmostNothing() {
        Fingerprint a = fingerprinter.fingerprint(BODY);
        Fingerprint b = fingerprinter.fingerprint(List.of(
                "The Semiconductor Industry Association urged the U.S. government to impose trade sanctions against Japan.",
                "The group said action by Japan to cut back on semiconductor exports is not what is required."));
        assertTrue(a.similarity(b) < 0.1, "similarity " + a.similarity(b));
        assertTrue(a.lookupKeys().stream().noneMatch(b.lookupKeys()::contains));
    }

    @Test
    void droppingOneOfThreeParagraphsLeavesAboutTwoThirdsSimilar() {
        double s = fingerprinter.fingerprint(BODY).similarity(fingerprinter.fingerprint(BODY.subList(0, 2)));
        // Jaccard of the shingle sets is 42/63 here; the 64-value estimate is within about ±0.12 (two standard errors).
        assertTrue(s > 0.54 && s < 0.8, "similarity " + s);
    }

    @Test
    void lookupKeysAreTheExactHashThenOnePerBand() {
        List<String> keys = fingerprinter.fingerprint(BODY).lookupKeys();
        assertEquals(1 + Fingerprint.BANDS, keys.size());
        assertTrue(keys.get(0).startsWith("x"));
        assertTrue(keys.get(1).startsWith("b00") && keys.get(Fingerprint.BANDS).startsWith("b31"));
        assertEquals(keys.size(), keys.stream().distinct().count());
    }

    @Test
    void aTextTooShortForShinglesIsFoundOnlyAsAnExactCopy() {
        Fingerprint a = fingerprinter.fingerprint(List.of("!!!"));
        Fingerprint b = fingerprinter.fingerprint(List.of("???"));
        assertEquals(1, a.lookupKeys().size());
        assertEquals(1.0, a.similarity(b), "both normalise to no tokens at all: the same (empty) content");
        Fingerprint words = fingerprinter.fingerprint(List.of("Oil pipeline"));
        assertEquals(1 + Fingerprint.BANDS, words.lookupKeys().size(), "a short paragraph is one shingle");
        assertEquals(0.0, a.similarity(words));
    }

    @Test
    void encodesAndDecodesLosslessly() {
        Fingerprint a = fingerprinter.fingerprint(BODY);
        String encoded = a.encode();
        assertTrue(encoded.startsWith(Fingerprint.SCHEME + ":"));
        Fingerprint back = Fingerprint.decode(encoded);
        assertEquals(a, back);
        assertEquals(a.lookupKeys(), back.lookupKeys());
        Fingerprint empty = fingerprinter.fingerprint(List.of("..."));
        assertEquals(empty, Fingerprint.decode(empty.encode()));
    }

    @Test
    void decodingRejectsOtherSchemesAndDamagedSignaturesClearly() {
        String good = fingerprinter.fingerprint(BODY).encode();
        IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode("sh1:" + good.substring(4)));
        assertTrue(scheme.getMessage().contains("not a mh2 fingerprint"), scheme.getMessage());
        String[] parts = good.split(":");
        String cutSignature = String.join(":", parts[0], parts[1], parts[2], parts[3].substring(0, parts[3].length() - 8), parts[4]);
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(cutSignature));
        assertTrue(cut.getMessage().contains("bytes, expected 256"), cut.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(good.substring(0, good.length() - 1) + "%"));
        IllegalArgumentException opening = assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(good + "A"));
        assertTrue(opening.getMessage().contains("opening is damaged"), opening.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(""));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode("mh1:" + good.substring(4)), "mh1 has no opening part");
    }

    @Test
    void fingerprintsStoredBeforeOpeningsWereKeptAreReadWithAnUnknownOpening() {
        Fingerprint a = fingerprinter.fingerprint(BODY);
        String encoded = a.encode();
        String mh1 = "mh1" + encoded.substring(3, encoded.lastIndexOf(':'));
        Fingerprint old = Fingerprint.decode(mh1);
        assertEquals(Opening.UNKNOWN, old.opening());
        assertEquals(1.0, old.similarity(a));
        assertEquals(a.lookupKeys(), old.lookupKeys());
    }

    @Test
    void theOpeningIsTheFirstTwoParagraphsAsLongAsAShingleCappedInKeys() {
        List<String> page = new ArrayList<>(List.of("Home", "Share this article"));
        page.addAll(BODY);
        Fingerprint framed = fingerprinter.fingerprint(page);
        Opening opening = framed.opening();
        assertEquals(2, opening.paragraphs().size(), "menu lines shorter than a shingle are skipped, the third paragraph is not kept");
        assertEquals(Opening.KEYS, opening.paragraphs().get(0).size(), "a long paragraph keeps only its first keys");
        assertEquals(fingerprinter.fingerprint(BODY.subList(0, 2)).opening(), opening);
        ShingledText first = fingerprinter.shingle(BODY.subList(0, 1));
        assertTrue(opening.paragraphs().get(0).stream().allMatch(first::has));
        assertTrue(opening.paragraphs().get(1).stream().noneMatch(first::has));
        assertEquals(Opening.UNKNOWN, fingerprinter.fingerprint(List.of("Oil pipeline")).opening(), "no paragraph as long as a shingle");
        assertEquals(opening, Fingerprint.decode(framed.encode()).opening());
    }
}
