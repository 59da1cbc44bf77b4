package org.newssentinel.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newssentinel.clean.Article;
import org.newssentinel.topics.Evidence;
import org.newssentinel.topics.TermMatch;
import org.newssentinel.topics.TopicScore;

/**
 * The JSON shape of an analysis, as the CLI prints it and the local store keeps it (one object
 * per line). Built by hand rather than by reflection: the field names are a public contract.
 */
public final class AnalysisJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisJson() {
    }

    public static ObjectNode toJson(Analysis analysis) {
        Article article = analysis.article();
        ObjectNode o = JSON.createObjectNode();
        o.put("source", analysis.source());
        o.put("title", analysis.summary().headline());
        o.put("text", article.text());
        o.put("language", article.language());
        article.byline().ifPresent(v -> o.put("byline", v));
        article.publishedDate().ifPresent(v -> o.put("published", v));
        article.url().ifPresent(v -> o.put("url", v));
        article.siteName().ifPresent(v -> o.put("site", v));
        article.attribution().ifPresent(v -> o.put("attribution", v));
        ArrayNode summary = o.putArray("summary");
        analysis.summary().sentences().forEach(summary::add);
        o.put("sms", analysis.summary().sms());
        o.put("alert", analysis.alert());
        ArrayNode topics = o.putArray("topics");
        for (TopicScore t : analysis.topics()) {
            topics.add(toJson(t));
        }
        return o;
    }

    public static ObjectNode toJson(TopicScore t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("topic", t.topic());
        o.put("score", t.score());
        o.put("alert", t.alert());
        ArrayNode terms = o.putArray("terms");
        for (TermMatch m : t.terms()) {
            terms.addObject().put("term", m.term()).put("count", m.count());
        }
        ArrayNode actors = o.putArray("actors");
        t.actors().forEach(actors::add);
        ArrayNode evidence = o.putArray("evidence");
        for (Evidence e : t.evidence()) {
            evidence.add(e.sentence());
        }
        // The same sentences with the matched terms marked *like this*, so a reader sees why the topic scored.
        ArrayNode marked = o.putArray("evidenceMarked");
        t.evidence().forEach(e -> marked.add(e.marked()));
        return o;
    }

    /** The line printed for an input that was rejected. */
    public static ObjectNode rejection(String source, RejectionReason reason, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source);
        o.put("error", message);
        o.put("reason", reason.name());
        return o;
    }
}
