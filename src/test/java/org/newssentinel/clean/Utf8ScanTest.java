package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scan against the two references it replaces: Java's strict UTF-8 decoder for validity, and
 * the guard's character-by-character filter for control characters.
 */
class Utf8ScanTest {

    private static boolean strictlyValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean controlFreeByTheGuard(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return InputGuard.withoutControlCharacters(text).equals(text);
    }

    private static void assertAgreesWithReferences(byte[] bytes) {
        Utf8Scan scan = Utf8Scan.of(bytes);
        boolean valid = strictlyValid(bytes);
        assertEquals(valid, scan.valid(), () -> "validity of " + hex(bytes));
        assertEquals(valid && controlFreeByTheGuard(bytes), scan.controlFree(), () -> "controls in " + hex(bytes));
    }

    private static byte[] b(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void everyEdgeOfTheEncodingAgreesWithTheStrictDecoder() {
        int[][] cases = {
            {}, {0x41}, {0xC2, 0x80}, {0xC2, 0x9F}, {0xC2, 0xA0}, {0xC1, 0xBF}, {0xC0, 0x80}, {0xDF, 0xBF},
            {0xE0, 0x9F, 0xBF}, {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBD},
            {0xEF, 0xBF, 0xBE}, {0xEF, 0xBF, 0xBF}, {0xEF, 0xBB, 0xBF}, {0xF0, 0x8F, 0xBF, 0xBF},
            {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80},
            {0xFF}, {0x80}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0x00}, {0x09}, {0x0A}, {0x0B}, {0x0C}, {0x0D},
            {0x1B}, {0x1F}, {0x7F}, {0x7E},
        };
        for (int[] c : cases) {
            assertAgreesWithReferences(b(c));
            // The same sequence after 7, 8 and 13 bytes of ASCII: at, across and after a word boundary.
            for (int prefix : new int[] {7, 8, 13}) {
                byte[] shifted = new byte[prefix + c.length + 9];
                java.util.Arrays.fill(shifted, (byte) 'a');
                for (int i = 0; i < c.length; i++) {
                    shifted[prefix + i] = (byte) c[i];
                }
                assertAgreesWithReferences(shifted);
            }
        }
    }

    @Test
    void realTextIsValidAndItsControlsAreSeenWherever() {
        String text = "Pipeline talks resumed — «Газпром» said the €2bn deal is off. 😀 Ünïcödé\ttab\r\nline";
        assertTrue(Utf8Scan.of(text.getBytes(StandardCharsets.UTF_8)).controlFree());
        for (String control : new String[] {"\u0000", "\u0007", "\u007F", "\u0085", "\u009B", "\uFFFE", "\uFFFF"}) {
            for (int at = 0; at <= text.length(); at += 5) {
                String dirty = text.substring(0, at) + control + text.substring(at);
                Utf8Scan scan = Utf8Scan.of(dirty.getBytes(StandardCharsets.UTF_8));
                assertTrue(scan.valid());
                assertFalse(scan.controlFree(), () -> "missed U+" + Integer.toHexString(control.charAt(0)) + " in " + dirty);
            }
        }
    }

    @Test
    void everyAsciiControlAtEveryPlaceInAWordIsJudgedAsTheGuardJudgesIt() {
        for (int control = 0; control <= 0x7F; control = control == 0x1F ? 0x7F : control + 1) {
            for (int at = 0; at < 24; at++) {
                byte[] line = "pipeline sanctions talks".getBytes(StandardCharsets.US_ASCII);
                line[at] = (byte) control;
                assertAgreesWithReferences(line);
            }
        }
    }

    @Test
    void randomBytesAndMutatedTextAgreeWithTheReferences() {
        Random random = new Random(20261129L);
        byte[] base = "Sanctions on the Caspian pipeline — «нефть» 😀 é ü\n".repeat(3).getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes;
            if (round % 2 == 0) {
                bytes = new byte[random.nextInt(40)];
                for (int i = 0; i < bytes.length; i++) {
                    // Mostly bytes near the interesting boundaries.
                    bytes[i] = (byte) (random.nextBoolean() ? 0x20 + random.nextInt(0x60) : 0x70 + random.nextInt(0x90));
                }
            } else {
                bytes = base.clone();
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            assertAgreesWithReferences(bytes);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte x : bytes) {
            out.append(String.format("%02X ", x & 0xff));
        }
        return out.toString().strip();
    }
}
