package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RejectionReason;

class InflaterTest {

    private static final byte[] ARTICLE = ContentSnifferTest.ENGLISH.repeat(50).getBytes(StandardCharsets.UTF_8);
    private final Inflater inflater = new Inflater(1_000_000);

    @Test
    void gzipIsInflatedWhateverTheNameOrDeclaredEncodingSay() {
        byte[] gz = Corpus.gzip(ARTICLE);

        assertArrayEquals(ARTICLE, inflater.inflate(gz, Optional.empty()));
        assertArrayEquals(ARTICLE, inflater.inflate(gz, Optional.of("gzip")));
        assertArrayEquals(ARTICLE, inflater.inflate(gz, Optional.of("identity")));
    }

    @Test
    void concatenatedGzipMembersAreAllInflated() {
        byte[] twice = Corpus.concat(Corpus.gzip(ARTICLE), Corpus.gzip(ARTICLE));

        assertEquals(2 * ARTICLE.length, inflater.inflate(twice, Optional.empty()).length);
    }

    @Test
    void uncompressedContentIsReturnedAsIs() {
        assertSame(ARTICLE, inflater.inflate(ARTICLE, Optional.of("gzip")));
        assertSame(ARTICLE, inflater.inflate(ARTICLE, Optional.of("deflate")));
    }

    @Test
    void deflateIsInflatedOnlyWhenDeclared() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(ARTICLE);
        }
        byte[] zlib = out.toByteArray();

        assertArrayEquals(ARTICLE, inflater.inflate(zlib, Optional.of("deflate")));
        assertSame(zlib, inflater.inflate(zlib, Optional.empty()));
    }

    @Test
    void aGzipBombStopsAtTheCap() {
        byte[] bomb = Corpus.gzipBomb(200L * 1024 * 1024);
        assertTrue(bomb.length < 300_000, "the bomb is small: " + bomb.length);

        long before = usedHeap();
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> inflater.inflate(bomb, Optional.empty()));

        assertEquals(RejectionReason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("compression bomb"), e.getMessage());
        assertTrue(e.getMessage().contains("1000000"), e.getMessage());
        assertTrue(usedHeap() - before < 50L * 1024 * 1024, "inflation did not hold the bomb in memory");
    }

    @Test
    void contentJustUnderTheCapIsInflatedJustOverIsNot() {
        Inflater small = new Inflater(1000);

        assertEquals(1000, small.inflate(Corpus.gzip(new byte[1000]), Optional.empty()).length);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> small.inflate(Corpus.gzip(new byte[1001]), Optional.empty()));
        assertEquals(RejectionReason.TOO_LARGE, e.reason());
    }

    @Test
    void truncatedOrCorruptGzipIsUndecodable() {
        byte[] gz = Corpus.gzip(ARTICLE);
        byte[] truncated = Arrays.copyOf(gz, gz.length / 2);
        byte[] corrupt = gz.clone();
        for (int i = 12; i < corrupt.length - 8; i += 3) {
            corrupt[i] ^= (byte) 0x5A;
        }

        for (byte[] bad : new byte[][] {truncated, corrupt, Arrays.copyOf(gz, 10)}) {
            ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> inflater.inflate(bad, Optional.empty()));
            assertEquals(RejectionReason.UNDECODABLE, e.reason(), e.getMessage());
            assertTrue(e.getMessage().startsWith("cannot inflate"), e.getMessage());
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
