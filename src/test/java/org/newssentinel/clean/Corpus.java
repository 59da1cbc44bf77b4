package org.newssentinel.clean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds bad and odd inputs in code, so no binary is checked in: each file format by its real
 * header followed by plausible body bytes, compressed uploads, bombs.
 */
public final class Corpus {

    private Corpus() {
    }

    public static byte[] pdf() {
        return concat("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n"
                .getBytes(StandardCharsets.ISO_8859_1), deflated(4000), "\nendstream\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    public static byte[] png() {
        return concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0),
                noise(3000, 1));
    }

    public static byte[] jpeg() {
        return concat(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0), noise(3000, 2));
    }

    public static byte[] gif() {
        return concat("GIF89a".getBytes(StandardCharsets.US_ASCII), bytes(1, 0, 1, 0, 0x80, 0, 0), noise(500, 3));
    }

    /** A real ZIP archive of a text file, as a docx or an epub would be. */
    public static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:p>An article inside a docx.</w:p></w:body></w:document>".repeat(20)
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] elf() {
        return concat(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0), noise(2000, 4));
    }

    /** A DOS/PE header: "MZ", a mostly zero header, the usual stub message. */
    public static byte[] exe() {
        byte[] header = new byte[128];
        header[0] = 'M';
        header[1] = 'Z';
        header[2] = (byte) 0x90;
        header[60] = (byte) 0x80;
        return concat(header, "This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII),
                bytes('P', 'E', 0, 0, 0x64, 0x86), noise(2000, 5));
    }

    public static byte[] tar() {
        byte[] block = new byte[1024];
        byte[] name = "article.txt".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, block, 0, name.length);
        byte[] ustar = "ustar\u000000".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ustar, 0, block, 257, ustar.length);
        return block;
    }

    public static byte[] withMagic(int[] magic) {
        return concat(bytes(magic), noise(1000, magic.length));
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A gzip stream that inflates to {@code inflatedBytes} zeros; made in chunks, never held inflated. */
    public static byte[] gzipBomb(long inflatedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            for (long left = inflatedBytes; left > 0; left -= zeros.length) {
                gz.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Deterministic pseudo-random bytes: what compressed or encrypted data looks like. */
    public static byte[] noise(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] deflated(int length) {
        return noise(length, 99);
    }

    public static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
