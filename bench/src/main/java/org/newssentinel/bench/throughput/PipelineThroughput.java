package org.newssentinel.bench.throughput;

import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.newssentinel.bench.BenchPages;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.topics.WatchTopics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation is one pass over every benchmark page, single thread. The product gets the page
 * bytes declared as UTF-8 HTML (decoding is part of its job); the baselines get the decoded
 * string, so any bias is against the product.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineThroughput {

    /** Where readability4j resolves relative links; it fetches nothing. */
    private static final String BASE_URI = "https://news.example/";

    private List<BenchPages.Page> pages;
    private ArticlePipeline pipeline;

    @Setup
    public void load() {
        pages = BenchPages.load();
        pipeline = new ArticlePipeline(WatchTopics.defaults(), 3);
    }

    /** clean + score + summarise, as the handler runs it minus the AWS calls. */
    @Benchmark
    public int pipeline(Blackhole bh) {
        int rejected = 0;
        for (BenchPages.Page page : pages) {
            try {
                bh.consume(pipeline.process(page.document()));
            } catch (ArticleRejectedException e) {
                rejected++;
            }
        }
        return rejected;
    }

    @Benchmark
    public void jsoupParse(Blackhole bh) {
        for (BenchPages.Page page : pages) {
            bh.consume(Jsoup.parse(page.html()));
        }
    }

    @Benchmark
    public void readability4j(Blackhole bh) {
        for (BenchPages.Page page : pages) {
            bh.consume(new Readability4J(BASE_URI, page.html()).parse().getTextContent());
        }
    }
}
