package org.newssentinel.clean;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RejectionReason;

/**
 * Inflates compressed uploads before they are sniffed and decoded. A gzip upload is recognised by
 * its magic bytes, whatever its name or declared {@code Content-Encoding} say, because scrapers
 * and upload tools get both wrong; a zlib stream only when the transport declares
 * {@code deflate}, since its two-byte header also occurs at the start of plain text.
 *
 * <p>Inflation stops as soon as the output passes the cap, so a gzip bomb costs at most the cap
 * in memory and never the size it claims. Thread-safe and stateless.
 */
public final class Inflater {

    private static final int CHUNK = 64 * 1024;
    /** Small, so the compressed bytes consumed so far are known closely enough to tell a bomb. */
    private static final int INPUT_BUFFER = 4096;
    /** Text compresses about 3-10 times; past a hundred the stream was made to inflate, not to carry text. */
    private static final long BOMB_RATIO = 100;

    private final long maxInflatedBytes;

    public Inflater(long maxInflatedBytes) {
        if (maxInflatedBytes < 1) {
            throw new IllegalArgumentException("maxInflatedBytes must be at least 1, was " + maxInflatedBytes);
        }
        this.maxInflatedBytes = maxInflatedBytes;
    }

    /** True when {@code bytes} start with the gzip magic number and deflate method. */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b && bytes[2] == 8;
    }

    /**
     * Returns the inflated content of a compressed upload, or {@code content} itself when it is
     * not compressed. Only one layer is removed: content compressed twice stays compressed and is
     * then rejected as binary.
     *
     * @throws ArticleRejectedException {@link RejectionReason#TOO_LARGE} past the cap,
     *                                  {@link RejectionReason#UNDECODABLE} when the stream is corrupt or truncated
     */
    public byte[] inflate(byte[] content, Optional<String> contentEncoding) {
        if (isGzip(content)) {
            return inflate(content, "gzip", true);
        }
        boolean declaredDeflate = contentEncoding.map(e -> e.toLowerCase(Locale.ROOT).contains("deflate")).orElse(false);
        if (declaredDeflate && isZlib(content)) {
            return inflate(content, "deflate", false);
        }
        return content;
    }

    private static boolean isZlib(byte[] b) {
        return b.length >= 2 && (b[0] & 0x0f) == 8 && (((b[0] & 0xff) << 8) | (b[1] & 0xff)) % 31 == 0;
    }

    private byte[] inflate(byte[] content, String format, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxInflatedBytes, Math.max(CHUNK, content.length * 4L)));
        byte[] buffer = new byte[CHUNK];
        ByteArrayInputStream compressed = new ByteArrayInputStream(content);
        try (InputStream in = gzip ? new GZIPInputStream(compressed, INPUT_BUFFER)
                : new InflaterInputStream(compressed, new java.util.zip.Inflater(), INPUT_BUFFER)) {
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxInflatedBytes) {
                    long consumed = Math.max(1, content.length - compressed.available());
                    String bomb = total / consumed > BOMB_RATIO ? " (a compression bomb: " + total + " bytes from the first "
                            + consumed + " compressed bytes)" : "";
                    throw new ArticleRejectedException(RejectionReason.TOO_LARGE, "too large: the " + format
                            + " upload inflates to more than " + maxInflatedBytes + " bytes, the limit" + bomb);
                }
                out.write(buffer, 0, n);
            }
        } catch (EOFException e) {
            throw new ArticleRejectedException(RejectionReason.UNDECODABLE, "cannot inflate: the " + format + " data is truncated");
        } catch (ZipException e) {
            throw new ArticleRejectedException(RejectionReason.UNDECODABLE, "cannot inflate: the " + format + " data is corrupt ("
                    + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ArticleRejectedException(RejectionReason.UNDECODABLE, "cannot inflate the " + format + " data: " + e.getMessage());
        }
        return out.toByteArray();
    }
}
