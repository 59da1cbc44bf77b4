package org.newssentinel.pipeline;

import java.util.List;
import org.newssentinel.clean.Article;
import org.newssentinel.clean.ArticleCleaner;
import org.newssentinel.clean.Limits;
import org.newssentinel.summary.Summarizer;
import org.newssentinel.summary.Summary;
import org.newssentinel.text.ArticleText;
import org.newssentinel.topics.TopicScore;
import org.newssentinel.topics.TopicScorer;
import org.newssentinel.topics.WatchTopics;

/**
 * The pure pipeline: clean, score, summarise. Thread-safe once built; holds no AWS types, so
 * the Lambda handler and the CLI share it unchanged.
 */
public final class ArticlePipeline {

    private final ArticleCleaner cleaner;
    private final TopicScorer scorer;
    private final Summarizer summarizer;

    public ArticlePipeline(ArticleCleaner cleaner, TopicScorer scorer, Summarizer summarizer) {
        this.cleaner = cleaner;
        this.scorer = scorer;
        this.summarizer = summarizer;
    }

    /** A pipeline with the default {@link Limits}. */
    public ArticlePipeline(WatchTopics topics, int summarySentences) {
        this(topics, summarySentences, Limits.defaults());
    }

    public ArticlePipeline(WatchTopics topics, int summarySentences, Limits limits) {
        this(new ArticleCleaner(limits), new TopicScorer(topics), new Summarizer(summarySentences));
    }

    /**
     * Analyses one document. The only exception it means to throw is the rejection; any other is
     * a bug, which the doors into the pipeline report per input instead of stopping.
     *
     * @throws ArticleRejectedException when the input is not an analysable article
     */
    public Analysis process(RawDocument document) {
        Article article = cleaner.clean(document);
        // Split into sentences and words once, for both the scorer and the summariser.
        ArticleText text = ArticleText.of(article);
        List<TopicScore> scores = scorer.score(text);
        Summary summary = summarizer.summarize(text, scores);
        return new Analysis(document.source(), article, scores, summary);
    }
}
