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
        assertTrue(scheme.getMessage().contains("not a mh1 fingerprint"), scheme.getMessage());
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(good.substring(0, good.length() - 8)));
        assertTrue(cut.getMessage().contains("bytes, expected 256"), cut.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(good.substring(0, good.length() - 1) + "%"));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(""));
    }
}
