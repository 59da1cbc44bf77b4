package org.newssentinel.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchTopicsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/topics");

    @Test
    void theBundledDefaultsHaveTheThreeContractIds() {
        List<String> ids = WatchTopics.defaults().topics().stream().map(WatchTopic::id).toList();
        assertEquals(List.of("pipelines", "sanctions", "alliances"), ids);
    }

    @Test
    void theRepositoryFileIsTheBundledOne() {
        assertEquals(WatchTopics.load(Path.of("watch-topics.json")).topics(), WatchTopics.defaults().topics());
    }

    @Test
    void readsEveryRuleKind() {
        WatchTopic t = WatchTopics.load(FIXTURES.resolve("rules.json")).topics().get(0);
        assertEquals(3.0, t.terms().get("asset freeze"));
        assertEquals(List.of(new WatchTopic.Proximity(List.of("oil", "gas"), 5, List.of("pipeline"))), t.context());
        assertEquals(List.of("in the pipeline", "=sanctioned by"), t.exclusions());
        assertEquals(List.of(new WatchTopic.Proximity(List.of("doping", "athletes"), 6, List.of("sanctions"))), t.vetoes());
        assertEquals(List.of(WatchTopic.Actor.named("Kazakhstan"), new WatchTopic.Actor("United States", List.of("US", "Washington"))),
                t.actors());
        assertEquals(0.5, t.actorWeight());
        assertEquals(2.0, t.titleBoost());
        assertEquals(1.5, t.leadBoost());
        assertEquals(0.5, t.threshold());
    }

    @Test
    void keepsTermsInConfigurationOrder() {
        // The order breaks ties between equally strong matched terms, so it must not vary between runs.
        List<String> written = List.of("zinc", "alpha", "mango", "delta", "kilo", "bravo", "yankee", "echo", "lima",
                "charlie", "xray", "foxtrot");
        StringBuilder terms = new StringBuilder();
        for (String t : written) {
            terms.append(terms.length() == 0 ? "" : ", ").append('"').append(t).append("\": 1.0");
        }
        String json = "{\"topics\": [{\"id\": \"t\", \"label\": \"T\", \"terms\": {" + terms + "}}]}";
        WatchTopic t = WatchTopics.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test").topics().get(0);
        assertEquals(written, List.copyOf(t.terms().keySet()));
    }

    @Test
    void readsActorRules() {
        WatchTopic t = WatchTopics.load(FIXTURES.resolve("rules.json")).topics().get(2);
        assertEquals(List.of(new WatchTopic.Proximity(List.of(), true, 4, List.of())), t.context());
    }

    @Test
    void fillsDefaultsForOptionalFields() {
        WatchTopic t = WatchTopics.load(FIXTURES.resolve("rules.json")).topics().get(3);
        assertEquals("", t.description());
        assertEquals(WatchTopics.DEFAULT_THRESHOLD, t.threshold());
        assertEquals(WatchTopics.DEFAULT_TITLE_BOOST, t.titleBoost());
        assertTrue(t.context().isEmpty());
    }

    @Test
    void aSyntaxErrorNamesTheLineAndColumn() {
        WatchTopicsException e = assertThrows(WatchTopicsException.class,
                () -> WatchTopics.load(FIXTURES.resolve("malformed-json.json")));
        assertTrue(e.getMessage().startsWith(FIXTURES.resolve("malformed-json.json") + ": not valid JSON at line 1, column"),
                e.getMessage());
    }

    @Test
    void everyProblemIsReportedByTopicAndField() {
        WatchTopicsException e = assertThrows(WatchTopicsException.class,
                () -> WatchTopics.load(FIXTURES.resolve("malformed-fields.json")));
        List<String> problems = e.problems();
        assertEquals(List.of(
                "topic \"pipelines\": field \"treshold\": unknown field (expected one of [actorWeight, actors, context, description, "
                        + "exclusions, id, label, leadBoost, terms, threshold, titleBoost])",
                "topic \"pipelines\": field \"terms\": weight of \"pipeline\" must be a number in (0, 100]",
                "topic \"pipelines\": field \"terms\": \"pipelines\" matches the same words as \"pipeline\" (matching is stemmed); keep one",
                "topic \"pipelines\": field \"context[0].within\": must be a whole number of tokens from 0 (anywhere) to 1000",
                "topic \"pipelines\": field \"context[0].for\": \"pipelnie\" is not one of the topic's terms",
                "topic \"pipelines\": field \"actors[0].name\": required, a non-empty string",
                "topic \"pipelines\": field \"threshold\": must be a number in (0, 1], was 7",
                "topic \"sanctions\": field \"label\": must be a non-empty string",
                "topic \"sanctions\": field \"terms\": required, an object of term or phrase -> weight, with at least one term",
                "topic \"pipelines\": field \"id\": duplicate id",
                "topics[3]: field \"id\": required, lower-case letters, digits, '-' or '_'"), problems);
        assertTrue(e.getMessage().startsWith(FIXTURES.resolve("malformed-fields.json") + ": 11 problems:\n  topic \"pipelines\""));
        assertFalse(e.getMessage().contains("Exception"), "no stack trace or exception class in the message");
    }

    @Test
    void aMissingFileIsAClearError() {
        WatchTopicsException e = assertThrows(WatchTopicsException.class, () -> WatchTopics.load(FIXTURES.resolve("nope.json")));
        assertEquals("cannot read watch topics from " + FIXTURES.resolve("nope.json") + ": no such file", e.getMessage());
        WatchTopicsException dir = assertThrows(WatchTopicsException.class, () -> WatchTopics.load(FIXTURES));
        assertEquals("cannot read watch topics from " + FIXTURES + ": it is a directory, not a file", dir.getMessage());
    }

    @Test
    void termsWrittenAsPatternsAreRefusedBecauseTermsAreLiteral() {
        List<String> problems = problems("{\"topics\": [{\"id\": \"p\", \"terms\": {\"sanction(s|ed)?\": 3, \"pipe.*line\": 2,"
                + " \"[oil\": 1, \"gas\": 1}, \"exclusions\": [\"in the pipe+\"], \"actors\": [\"^Russia$\"]}]}");
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("topic \"p\": field \"terms\": \"sanction(s|ed)?\" contains '(': terms are literal words"
                + " or phrases, not patterns;"), problems.get(0));
        assertTrue(problems.get(1).startsWith("topic \"p\": field \"terms\": \"pipe.*line\" contains '*'"), problems.get(1));
        assertTrue(problems.get(2).startsWith("topic \"p\": field \"terms\": \"[oil\" contains '['"), problems.get(2));
        assertTrue(problems.get(3).startsWith("topic \"p\": field \"exclusions[0]\": \"in the pipe+\" contains '+'"), problems.get(3));
        assertTrue(problems.get(4).startsWith("topic \"p\": field \"actors[0]\": \"^Russia$\" contains '^'"), problems.get(4));
    }

    @Test
    void punctuationThatBelongsInWordsIsAccepted() {
        WatchTopic t = WatchTopics.parse(("{\"topics\": [{\"id\": \"p\", \"terms\": {\"Nord Stream-2\": 3, \"Druzhba's\": 2,"
                + " \"=sanctioned by\": 1}, \"actors\": [\"U.S.\", \"AT&T\"]}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8), "t")
                .topics().get(0);
        assertEquals(3, t.terms().size());
        assertEquals(2, t.actors().size());
    }

    @Test
    void aDuplicateKeyIsAnErrorRatherThanTheLastOneWinning() {
        WatchTopicsException e = assertThrows(WatchTopicsException.class, () -> WatchTopics.parse(
                "{\"topics\":[{\"id\":\"p\",\"terms\":{\"pipeline\":3, \"pipeline\":2}}]}".getBytes(), "d.json"));
        assertTrue(e.getMessage().startsWith("d.json: line 1, column "), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate key 'pipeline' in the same object"), e.getMessage());
    }

    @Test
    void anUnknownTopLevelFieldIsAnError() {
        assertEquals(List.of("unknown top-level field \"version\" (the file holds only \"topics\")"),
                problems("{\"topics\":[{\"id\":\"p\",\"terms\":{\"pipeline\":3}}], \"version\": 2}"));
    }

    @Test
    void anIdThatIsPresentButMalformedSaysWhatIsWrong() {
        assertEquals(List.of("topics[0]: field \"id\": \"Pipelines\" must be lower-case letters, digits, '-' or '_', starting with a"
                        + " letter or digit: write \"pipelines\"",
                        "topics[1]: field \"id\": must be a string of lower-case letters, digits, '-' or '_', was 7"),
                problems("{\"topics\":[{\"id\":\"Pipelines\",\"terms\":{\"pipeline\":3}}, {\"id\":7,\"terms\":{\"pipe\":3}}]}"));
    }

    private static List<String> problems(String json) {
        return assertThrows(WatchTopicsException.class,
                () -> WatchTopics.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.json")).problems();
    }

    @Test
    void aFileWithoutTopicsIsRejected() {
        WatchTopicsException e = assertThrows(WatchTopicsException.class, () -> WatchTopics.parse("{\"topic\": []}".getBytes(), "x.json"));
        assertEquals("x.json: expected an object with a non-empty \"topics\" array", e.getMessage());
    }
}
