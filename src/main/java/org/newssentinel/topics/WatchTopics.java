package org.newssentinel.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The configured watch topics, loaded from JSON and validated. Errors name the topic and the
 * field, so an analyst editing the file knows what to fix.
 */
public final class WatchTopics {

    /** The bundled default, a copy of the repository's {@code watch-topics.json}. */
    public static final String DEFAULT_RESOURCE = "/watch-topics.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<WatchTopic> topics;

    private WatchTopics(List<WatchTopic> topics) {
        this.topics = List.copyOf(topics);
    }

    public List<WatchTopic> topics() {
        return topics;
    }

    public static WatchTopics defaults() {
        try (InputStream in = WatchTopics.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new WatchTopicsException("the bundled " + DEFAULT_RESOURCE + " is missing from the jar");
            }
            return parse(in.readAllBytes(), "bundled watch-topics.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WatchTopics load(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new WatchTopicsException("cannot read watch topics from " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses and validates; {@code origin} names the file in error messages. */
    public static WatchTopics parse(byte[] json, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new WatchTopicsException(origin + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new WatchTopicsException(origin + ": cannot read: " + e.getMessage());
        }
        JsonNode array = root == null ? null : root.get("topics");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new WatchTopicsException(origin + ": expected an object with a non-empty \"topics\" array");
        }
        List<WatchTopic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            WatchTopic topic = topic(array.get(i), origin, i);
            if (!ids.add(topic.id())) {
                throw new WatchTopicsException(origin + ": topic \"" + topic.id() + "\": duplicate id");
            }
            topics.add(topic);
        }
        return new WatchTopics(topics);
    }

    private static WatchTopic topic(JsonNode node, String origin, int index) {
        String where = origin + ": topics[" + index + "]";
        if (!node.isObject()) {
            throw new WatchTopicsException(where + ": expected an object");
        }
        String id = requiredText(node, "id", where);
        where = origin + ": topic \"" + id + "\"";
        String label = node.hasNonNull("label") ? requiredText(node, "label", where) : id;
        String description = node.path("description").asText("");
        JsonNode termsNode = node.get("terms");
        if (termsNode == null || !termsNode.isObject() || termsNode.isEmpty()) {
            throw new WatchTopicsException(where + ": field \"terms\": expected an object of term -> weight, with at least one term");
        }
        Map<String, Double> terms = new LinkedHashMap<>();
        var fields = termsNode.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!e.getValue().isNumber() || e.getValue().asDouble() <= 0) {
                throw new WatchTopicsException(where + ": field \"terms\": weight of \"" + e.getKey() + "\" must be a positive number");
            }
            terms.put(e.getKey().toLowerCase(Locale.ROOT).strip(), e.getValue().asDouble());
        }
        double threshold = number(node, "threshold", 0.5, where);
        if (threshold <= 0 || threshold > 1) {
            throw new WatchTopicsException(where + ": field \"threshold\": must be in (0, 1], was " + threshold);
        }
        double titleBoost = number(node, "titleBoost", 1.5, where);
        return new WatchTopic(id, label, description, terms, strings(node, "context", where),
                strings(node, "exclusions", where), strings(node, "actors", where), titleBoost, threshold);
    }

    private static String requiredText(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new WatchTopicsException(where + ": field \"" + field + "\": required, a non-empty string");
        }
        return v.asText().strip();
    }

    private static double number(JsonNode node, String field, double fallback, String where) {
        JsonNode v = node.get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new WatchTopicsException(where + ": field \"" + field + "\": expected a number");
        }
        return v.asDouble();
    }

    private static List<String> strings(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new WatchTopicsException(where + ": field \"" + field + "\": expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : v) {
            if (!s.isTextual()) {
                throw new WatchTopicsException(where + ": field \"" + field + "\": expected an array of strings");
            }
            out.add(s.asText().toLowerCase(Locale.ROOT).strip());
        }
        return out;
    }
}
