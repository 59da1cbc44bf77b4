package org.newssentinel.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newssentinel.clean.Article;
import org.newssentinel.summary.Summary;
import org.newssentinel.topics.TopicScore;

/**
 * The outcome of the pipeline for one article: the cleaned article, a score per watch topic (in
 * the order the topics are configured) and the summary.
 */
public record Analysis(String source, Article article, List<TopicScore> topics, Summary summary) {

    public Analysis {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(summary, "summary");
        topics = List.copyOf(topics);
    }

    /** True when at least one topic crossed its alert threshold. */
    public boolean alert() {
        return topics.stream().anyMatch(TopicScore::alert);
    }

    /** The topics that crossed their threshold, highest score first. */
    public List<TopicScore> firedTopics() {
        return topics.stream().filter(TopicScore::alert)
                .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
    }

    /** The best-scoring topic, if any topic was configured. */
    public Optional<TopicScore> topTopic() {
        return topics.stream().max((a, b) -> Double.compare(a.score(), b.score()));
    }
}
