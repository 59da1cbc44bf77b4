package org.newssentinel.bench.throughput;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.newssentinel.bench.BenchPages;
import org.newssentinel.clean.Article;
import org.newssentinel.clean.ArticleCleaner;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.summary.Summarizer;
import org.newssentinel.text.ArticleText;
import org.newssentinel.topics.TopicScore;
import org.newssentinel.topics.TopicScorer;
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
 * string, so any bias is against the product. The {@code stage*} benchmarks split the pipeline
 * into its three stages over the same pages (each stage's input prepared in the set-up), so that a
 * slow pipeline points at the stage to look at. Scoring and summarising share one analysis of the
 * article's text (sentences, numbered words), timed as a stage of its own, as the pipeline runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineThroughput {

    /** Where readability4j resolves relative links; it fetches nothing. */
    private static final String BASE_URI = "https://news.example/";

    private List<BenchPages.Page> pages;
    private ArticlePipeline pipeline;
    private ArticleCleaner cleaner;
    private TopicScorer scorer;
    private Summarizer summarizer;
    private List<Article> articles;
    private List<ArticleText> texts;
    private List<List<TopicScore>> scores;

    @Setup
    public void load() {
        pages = BenchPages.load();
        WatchTopics topics = WatchTopics.defaults();
        pipeline = new ArticlePipeline(topics, 3);
        cleaner = new ArticleCleaner();
        scorer = new TopicScorer(topics);
        summarizer = new Summarizer(3);
        articles = new ArrayList<>();
        texts = new ArrayList<>();
        scores = new ArrayList<>();
        for (BenchPages.Page page : pages) {
            try {
                Article article = cleaner.clean(page.document());
                articles.add(article);
                ArticleText text = ArticleText.of(article);
                texts.add(text);
                scores.add(scorer.score(text));
            } catch (ArticleRejectedException e) {
                // Rejected pages cost only the cleaning stage; the later stages never see them.
            }
        }
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
    public void stageClean(Blackhole bh) {
        for (BenchPages.Page page : pages) {
            try {
                bh.consume(cleaner.clean(page.document()));
            } catch (ArticleRejectedException e) {
                bh.consume(e);
            }
        }
    }

    @Benchmark
    public void stageAnalyse(Blackhole bh) {
        for (Article article : articles) {
            bh.consume(ArticleText.of(article));
        }
    }

    @Benchmark
    public void stageScore(Blackhole bh) {
        for (ArticleText text : texts) {
            bh.consume(scorer.score(text));
        }
    }

    @Benchmark
    public void stageSummarise(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(summarizer.summarize(texts.get(i), scores.get(i)));
        }
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
