package org.newssentinel.topics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newssentinel.json.JsonTrees;

/**
 * The configured watch topics, loaded from JSON and validated. Every problem found is reported at
 * once, each naming the topic and the field (for example {@code topic "pipelines": field
 * "threshold": must be a number in (0, 1]}), so an analyst editing the file can fix it in one go.
 * Immutable and thread-safe once loaded.
 */
public final class WatchTopics {

    /** The bundled default, a copy of the repository's {@code watch-topics.json}. */
    public static final String DEFAULT_RESOURCE = "/watch-topics.json";

    static final double DEFAULT_ACTOR_WEIGHT = 0.3;
    static final double DEFAULT_TITLE_BOOST = 2.0;
    static final double DEFAULT_LEAD_BOOST = 1.5;
    static final double DEFAULT_THRESHOLD = 0.5;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Set<String> TOPIC_FIELDS = Set.of("id", "label", "description", "terms", "context",
            "exclusions", "actors", "actorWeight", "titleBoost", "leadBoost", "threshold");
    private static final Set<String> RULE_FIELDS = Set.of("near", "nearActors", "within", "for");
    private static final Set<String> FILE_FIELDS = Set.of("topics");
    /**
     * Characters with a meaning in regular expressions and none in a word or phrase: a term holding
     * one (a {@code "sanction(s|ed)?"} written as a pattern) would silently never match. Hyphens,
     * apostrophes, dots and {@code =} (exact form) have a meaning here and are allowed.
     */
    private static final Pattern PATTERN_SYNTAX = Pattern.compile("[()\\[\\]*+?|\\\\^$\\{}]");
    /** A later duplicate key would silently replace the earlier one (half a topic's terms gone). */
    private static final JsonFactory STRICT = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final List<WatchTopic> topics;

    private WatchTopics(List<WatchTopic> topics) {
        this.topics = List.copyOf(topics);
    }

    /** Topics built in code (tests, benchmarks); ids must be unique. */
    public static WatchTopics of(List<WatchTopic> topics) {
        Set<String> ids = new HashSet<>();
        for (WatchTopic t : topics) {
            if (!ids.add(t.id())) {
                throw new WatchTopicsException("topic \"" + t.id() + "\": duplicate id");
            }
        }
        return new WatchTopics(topics);
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new WatchTopicsException("cannot read watch topics from " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new WatchTopicsException("cannot read watch topics from " + file + ": permission denied", e);
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "it is a directory, not a file" : String.valueOf(e.getMessage());
            throw new WatchTopicsException("cannot read watch topics from " + file + ": " + why, e);
        }
        return parse(bytes, file.toString());
    }

    /**
     * Parses and validates; {@code origin} names the file in error messages.
     *
     * @throws WatchTopicsException listing every problem, one per line, by topic and field
     */
    public static WatchTopics parse(byte[] json, String origin) {
        JsonNode root;
        try {
            root = JsonTrees.read(STRICT, json);
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage().startsWith("Duplicate field")) {
                throw new WatchTopicsException(origin + ": line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                        + ": " + e.getOriginalMessage().replace("Duplicate field", "duplicate key")
                        + " in the same object; JSON would keep only the last one, so write each key once");
            }
            throw new WatchTopicsException(origin + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new WatchTopicsException(origin + ": cannot read: " + e.getMessage());
        }
        JsonNode array = root == null ? null : root.get("topics");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new WatchTopicsException(origin + ": expected an object with a non-empty \"topics\" array");
        }
        List<String> errors = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FILE_FIELDS.contains(name)) {
                errors.add("unknown top-level field \"" + name + "\" (the file holds only \"topics\")");
            }
        }
        List<WatchTopic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            TopicReader reader = new TopicReader(array.get(i), i, errors);
            WatchTopic topic = reader.read();
            if (!reader.id.isEmpty() && !ids.add(reader.id)) {
                errors.add("topic \"" + reader.id + "\": field \"id\": duplicate id");
            } else if (topic != null) {
                topics.add(topic);
            }
        }
        if (!errors.isEmpty()) {
            throw new WatchTopicsException(origin + ": " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                    + ":\n  " + String.join("\n  ", errors), errors);
        }
        return new WatchTopics(topics);
    }

    /** Reads one topic object, adding a message per problem; {@code read} returns null when any was found. */
    private static final class TopicReader {
        private final JsonNode node;
        private final List<String> errors;
        private final int errorsBefore;
        private String where;
        private String id = "";

        TopicReader(JsonNode node, int index, List<String> errors) {
            this.node = node;
            this.errors = errors;
            this.errorsBefore = errors.size();
            this.where = "topics[" + index + "]";
        }

        private void error(String field, String message) {
            errors.add(where + ": field \"" + field + "\": " + message);
        }

        WatchTopic read() {
            if (!node.isObject()) {
                errors.add(where + ": expected an object");
                return null;
            }
            JsonNode idNode = node.get("id");
            if (idNode == null) {
                error("id", "required, lower-case letters, digits, '-' or '_'");
            } else if (!idNode.isTextual()) {
                error("id", "must be a string of lower-case letters, digits, '-' or '_', was " + idNode);
            } else if (!ID.matcher(idNode.asText()).matches()) {
                error("id", idNode + " must be lower-case letters, digits, '-' or '_', starting with a letter or digit"
                        + (ID.matcher(idNode.asText().toLowerCase(java.util.Locale.ROOT)).matches()
                                ? ": write \"" + idNode.asText().toLowerCase(java.util.Locale.ROOT) + "\"" : ""));
            } else {
                id = idNode.asText();
                where = "topic \"" + id + "\"";
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!TOPIC_FIELDS.contains(name)) {
                    error(name, "unknown field (expected one of " + new java.util.TreeSet<>(TOPIC_FIELDS) + ")");
                }
            }
            String label = optionalText("label", id);
            String description = optionalText("description", "");
            Map<String, Double> terms = terms();
            List<WatchTopic.Proximity> context = new ArrayList<>();
            List<String> exclusions = new ArrayList<>();
            List<WatchTopic.Proximity> vetoes = new ArrayList<>();
            rules("context", terms, context, null);
            rules("exclusions", terms, vetoes, exclusions);
            List<WatchTopic.Actor> actors = actors();
            double actorWeight = number("actorWeight", DEFAULT_ACTOR_WEIGHT, 0, 10, "a number from 0 to 10");
            double titleBoost = number("titleBoost", DEFAULT_TITLE_BOOST, 1, 10, "a number from 1 to 10");
            double leadBoost = number("leadBoost", DEFAULT_LEAD_BOOST, 1, 10, "a number from 1 to 10");
            double threshold = number("threshold", DEFAULT_THRESHOLD, Double.MIN_VALUE, 1, "a number in (0, 1]");
            if (errors.size() > errorsBefore) {
                return null;
            }
            return new WatchTopic(id, label, description, terms, context, exclusions, vetoes, actors,
                    actorWeight, titleBoost, leadBoost, threshold);
        }

        /** False, with a message, when {@code phrase} is written like a regular expression. */
        private boolean literal(String field, String phrase) {
            Matcher m = PATTERN_SYNTAX.matcher(phrase);
            if (!m.find()) {
                return true;
            }
            error(field, "\"" + phrase + "\" contains '" + m.group() + "': terms are literal words or phrases, not patterns;"
                    + " matching already ignores case and word endings (\"sanction\" matches sanctions, sanctioned),"
                    + " so write each other word or phrase as its own entry");
            return false;
        }

        private String optionalText(String field, String fallback) {
            JsonNode v = node.get(field);
            if (v == null) {
                return fallback;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                error(field, "must be a non-empty string");
                return fallback;
            }
            return v.asText().strip();
        }

        private List<WatchTopic.Actor> actors() {
            JsonNode v = node.get("actors");
            List<WatchTopic.Actor> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!v.isArray()) {
                error("actors", "expected an array of names or {\"name\": ..., \"aliases\": [...]}");
                return out;
            }
            for (int i = 0; i < v.size(); i++) {
                JsonNode a = v.get(i);
                String at = "actors[" + i + "]";
                if (a.isTextual() && !Tokenizer.stems(a.asText()).isEmpty()) {
                    if (literal(at, a.asText())) {
                        out.add(WatchTopic.Actor.named(a.asText().strip()));
                    }
                } else if (a.isObject()) {
                    for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
                        String name = names.next();
                        if (!name.equals("name") && !name.equals("aliases")) {
                            error(at + "." + name, "unknown field (expected name, aliases)");
                        }
                    }
                    JsonNode name = a.get("name");
                    if (name == null || !name.isTextual() || Tokenizer.stems(name.asText()).isEmpty()) {
                        error(at + ".name", "required, a non-empty string");
                        continue;
                    }
                    if (!literal(at + ".name", name.asText())) {
                        continue;
                    }
                    out.add(new WatchTopic.Actor(name.asText().strip(), phrases(a.get("aliases"), at + ".aliases")));
                } else {
                    error(at, "expected a name or {\"name\": ..., \"aliases\": [...]}");
                }
            }
            return out;
        }

        private Map<String, Double> terms() {
            JsonNode v = node.get("terms");
            Map<String, Double> terms = new LinkedHashMap<>();
            if (v == null || !v.isObject() || v.isEmpty()) {
                error("terms", "required, an object of term or phrase -> weight, with at least one term");
                return terms;
            }
            Map<List<String>, String> byStems = new HashMap<>();
            for (var it = v.fields(); it.hasNext(); ) {
                var e = it.next();
                String term = e.getKey().strip();
                if (!literal("terms", term)) {
                    continue;
                }
                CompiledTopic.Phrase phrase = CompiledTopic.phrase(term);
                List<String> stems = new ArrayList<>();
                for (int k = 0; k < phrase.length(); k++) {
                    stems.add(phrase.exact()[k] == null ? phrase.stems()[k] : "=" + phrase.exact()[k]);
                }
                String same = stems.isEmpty() ? null : byStems.putIfAbsent(stems, term);
                if (stems.isEmpty()) {
                    error("terms", "\"" + e.getKey() + "\" has no words to match");
                } else if (same != null) {
                    // "sanction" and "sanctions" match the same words: listing both would count every mention twice.
                    error("terms", "\"" + term + "\" matches the same words as \"" + same + "\" (matching is stemmed); keep one");
                } else if (!e.getValue().isNumber() || e.getValue().asDouble() <= 0 || e.getValue().asDouble() > 100) {
                    error("terms", "weight of \"" + term + "\" must be a number in (0, 100]");
                } else {
                    terms.put(term, e.getValue().asDouble());
                }
            }
            return terms;
        }

        /**
         * Reads an array whose elements are phrases (added to {@code phrases}; not allowed when
         * it is null) or proximity rules {@code {"near": [..], "within": N, "for": [..]}}.
         */
        private void rules(String field, Map<String, Double> terms, List<WatchTopic.Proximity> rules, List<String> phrases) {
            JsonNode v = node.get(field);
            if (v == null) {
                return;
            }
            if (!v.isArray()) {
                error(field, "expected an array");
                return;
            }
            List<String> loose = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                String at = field + "[" + i + "]";
                if (e.isTextual()) {
                    if (Tokenizer.stems(e.asText()).isEmpty()) {
                        error(at, "\"" + e.asText() + "\" has no words to match");
                    } else if (literal(at, e.asText())) {
                        loose.add(e.asText().strip());
                    }
                } else if (e.isObject()) {
                    rules.add(rule(e, at, terms));
                } else {
                    error(at, "expected a phrase or an object {\"near\": [...], \"within\": N, \"for\": [...]}");
                }
            }
            if (phrases != null) {
                phrases.addAll(loose);
            } else if (!loose.isEmpty()) {
                // A plain list of context words: at least one anywhere in the article, for every term.
                rules.add(new WatchTopic.Proximity(loose, 0, List.of()));
            }
        }

        private WatchTopic.Proximity rule(JsonNode e, String at, Map<String, Double> terms) {
            for (Iterator<String> names = e.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!RULE_FIELDS.contains(name)) {
                    error(at + "." + name, "unknown field (expected near, nearActors, within, for)");
                }
            }
            List<String> near = phrases(e.get("near"), at + ".near");
            JsonNode actorsNode = e.get("nearActors");
            if (actorsNode != null && !actorsNode.isBoolean()) {
                error(at + ".nearActors", "must be true or false");
            }
            boolean nearActors = actorsNode != null && actorsNode.asBoolean();
            if (near.isEmpty() && !nearActors) {
                error(at + ".near", "required, at least one term (or \"nearActors\": true)");
            }
            int window = 0;
            JsonNode w = e.get("within");
            if (w != null) {
                if (!w.canConvertToInt() || !w.isIntegralNumber() || w.asInt() < 0 || w.asInt() > 1000) {
                    error(at + ".within", "must be a whole number of tokens from 0 (anywhere) to 1000");
                } else {
                    window = w.asInt();
                }
            }
            List<String> applyTo = phrases(e.get("for"), at + ".for");
            for (String t : applyTo) {
                if (!terms.containsKey(t)) {
                    error(at + ".for", "\"" + t + "\" is not one of the topic's terms");
                }
            }
            return new WatchTopic.Proximity(near, nearActors, window, applyTo);
        }

        private List<String> phrases(JsonNode v, String field) {
            List<String> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!v.isArray()) {
                error(field, "expected an array of strings");
                return out;
            }
            for (JsonNode s : v) {
                if (!s.isTextual() || Tokenizer.stems(s.asText()).isEmpty()) {
                    error(field, "expected non-empty strings, found " + s);
                } else if (literal(field, s.asText())) {
                    out.add(s.asText().strip());
                }
            }
            return out;
        }

        private double number(String field, double fallback, double min, double max, String expected) {
            JsonNode v = node.get(field);
            if (v == null) {
                return fallback;
            }
            if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
                error(field, "must be " + expected + ", was " + v);
                return fallback;
            }
            return v.asDouble();
        }
    }
}
