package org.newssentinel.bench.footprint;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.topics.WatchTopics;

/**
 * Runs the pipeline once on one file in a JVM of its own (started by {@link FootprintReport} with
 * a fixed {@code -Xmx}) and prints the peak heap: the highest post-GC occupancy seen, and the sum
 * of the heap pools' peaks (an upper bound: pools peak at different moments). Reading the file is
 * inside the measured window, as in the handler, which holds the object's bytes.
 */
public final class FootprintMain {

    private FootprintMain() {
    }

    public static void main(String[] args) throws Exception {
        ArticlePipeline pipeline = new ArticlePipeline(WatchTopics.defaults(), 3);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        Path file = Path.of(args[0]);
        String contentType = file.toString().endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html; charset=utf-8";
        RawDocument doc = new RawDocument(file.toString(), Files.readAllBytes(file), Optional.of(contentType), Optional.empty());
        String outcome;
        try {
            Analysis a = pipeline.process(doc);
            outcome = "analysed:" + a.article().paragraphs().size() + "p";
        } catch (ArticleRejectedException e) {
            outcome = "rejected:" + e.reason();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peakSum = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        // Old-generation occupancy after collection approximates the live set at its largest.
        long afterGc = heap.stream().map(MemoryPoolMXBean::getCollectionUsage).filter(u -> u != null)
                .mapToLong(u -> u.getUsed()).sum();
        System.out.println("peak_pools=" + peakSum + " after_gc=" + afterGc + " ms=" + ms + " outcome=" + outcome);
    }
}
