package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;

class ContentSnifferTest {

    static final String ENGLISH = "Kazakhstan wants to build a pipeline under the Caspian Sea, bypassing Russia.\n"
            + "The plan was announced on Monday by the energy minister.\n";
    static final String RUSSIAN = "Казахстан хочет построить трубопровод по дну Каспийского моря в обход России.\n"
            + "Об этом в понедельник заявил министр энергетики.\n";

    static Stream<Arguments> binaries() {
        return Stream.of(
                Arguments.of("PDF", Corpus.pdf()),
                Arguments.of("PNG", Corpus.png()),
                Arguments.of("JPEG", Corpus.jpeg()),
                Arguments.of("GIF", Corpus.gif()),
                Arguments.of("ZIP", Corpus.zip()),
                Arguments.of("ELF", Corpus.elf()),
                Arguments.of("Windows executable", Corpus.exe()),
                Arguments.of("Mach-O", Corpus.withMagic(new int[] {0xCF, 0xFA, 0xED, 0xFE})),
                Arguments.of("Java class", Corpus.withMagic(new int[] {0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61})),
                Arguments.of("gzip", Corpus.withMagic(new int[] {0x1F, 0x8B, 0x08, 0})),
                Arguments.of("tar", Corpus.tar()),
                Arguments.of("Office", Corpus.withMagic(new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})),
                Arguments.of("RIFF", Corpus.concat("RIFF".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 2, 0, 0},
                        "WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), Corpus.noise(200, 3))),
                Arguments.of("binary data", Corpus.noise(4096, 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaries")
    void binaryFormatsAreRecognisedByTheirBytes(String kind, byte[] content) {
        Optional<String> format = ContentSniffer.binaryFormat(content);

        assertTrue(format.isPresent(), kind + " taken for text");
        assertTrue(format.get().contains(kind), "named " + format.get() + ", expected " + kind);
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("ASCII", ENGLISH.getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("UTF-8", RUSSIAN.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("UTF-8 with BOM", Corpus.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, RUSSIAN.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("windows-1251", RUSSIAN.getBytes(Charset.forName("windows-1251"))),
                Arguments.of("KOI8-R", RUSSIAN.getBytes(Charset.forName("KOI8-R"))),
                Arguments.of("UTF-16 with BOM", RUSSIAN.getBytes(StandardCharsets.UTF_16)),
                Arguments.of("UTF-16LE without BOM", ENGLISH.getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16BE without BOM", RUSSIAN.getBytes(StandardCharsets.UTF_16BE)),
                Arguments.of("text starting MZ", ("MZ Holdings agreed to sell its stake in the pipeline operator to a "
                        + "state fund on Monday, the company said in a statement.").getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("text starting RIFF", ("RIFF WAVE of protests spreads across the region as sanctions bite "
                        + "harder than expected").getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("text with stray NULs", ENGLISH.replace("pipeline", "pipe\0line").getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("text padded with NULs", Corpus.concat(ENGLISH.getBytes(StandardCharsets.US_ASCII), new byte[20000])),
                Arguments.of("HTML", ("<!DOCTYPE html><html><body><p>" + ENGLISH + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void textInAnyEncodingIsNotTakenForBinary(String kind, byte[] content) {
        assertEquals(Optional.empty(), ContentSniffer.binaryFormat(content), kind);
    }

    @Test
    void utf16WithoutBomIsRecognisedWithItsByteOrder() {
        assertEquals(Optional.of(StandardCharsets.UTF_16LE), ContentSniffer.utf16WithoutBom(ENGLISH.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(Optional.of(StandardCharsets.UTF_16BE), ContentSniffer.utf16WithoutBom(ENGLISH.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(Optional.of(StandardCharsets.UTF_16LE), ContentSniffer.utf16WithoutBom(RUSSIAN.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(Optional.of(StandardCharsets.UTF_16BE), ContentSniffer.utf16WithoutBom(RUSSIAN.getBytes(StandardCharsets.UTF_16BE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ASCII", "UTF-8", "windows-1251", "KOI8-R"})
    void eightBitTextIsNeverReadAsUtf16(String charset) {
        byte[] english = ENGLISH.replace(" the ", " the\0").getBytes(Charset.forName(charset));
        byte[] russian = RUSSIAN.replace(" по ", " по\0").getBytes(Charset.forName(charset.equals("ASCII") ? "UTF-8" : charset));

        assertEquals(Optional.empty(), ContentSniffer.utf16WithoutBom(english));
        assertEquals(Optional.empty(), ContentSniffer.utf16WithoutBom(russian));
    }

    @Test
    void randomBytesAreNeverTakenForUtf16() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] noise = new byte[64 + random.nextInt(4000)];
            random.nextBytes(noise);
            assertEquals(Optional.empty(), ContentSniffer.utf16WithoutBom(noise), Arrays.toString(Arrays.copyOf(noise, 16)));
            assertTrue(ContentSniffer.binaryFormat(noise).isPresent());
        }
    }

    @Test
    void controlBytesAreCountedAsTheByteByByteDefinitionCountsThem() {
        // Text-like bytes with control, DEL, high and boundary bytes (0x1F, 0x20, 0x7E, 0x80) sprinkled in,
        // at every alignment and length, so that each byte position of the eight-byte words is tried.
        Random random = new Random(7);
        int[] special = {0x00, 0x08, 0x09, 0x0A, 0x0D, 0x0E, 0x1B, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9F, 0xE0, 0xFF};
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(4) == 0 ? special[random.nextInt(special.length)] : 'a' + random.nextInt(26));
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int expected = 0;
            for (int i = from; i < bytes.length; i++) {
                expected += ContentSniffer.isControl(bytes[i] & 0xff) ? 1 : 0;
            }

            assertEquals(expected, ContentSniffer.controlBytes(bytes, from, bytes.length), () -> Arrays.toString(bytes));
        }
    }
}
