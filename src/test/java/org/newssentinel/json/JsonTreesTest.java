package org.newssentinel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming reader and writer against Jackson's own mapper, the behaviour they stand in for. */
class JsonTreesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> DOCUMENTS = List.of(
            "{\"a\":1,\"b\":[true,false,null,\"x\"],\"c\":{\"d\":-2.5e-3,\"e\":{}}}",
            "[1, 2147483647, 2147483648, -9223372036854775808, 9223372036854775808, 123456789012345678901234567890]",
            "[0.1, 1e308, -0.0, 3.0, 1E+2, 12345678901234567890.5]",
            "{\"k\":1,\"k\":[2],\"k\":{\"z\":3}}",
            "\"caf\\u00e9 \\n \\\"q\\\" \\ud83d\\ude00 Stra\u00dfe\"",
            "  {\"nested\":[[[[{\"deep\":[]}]]]]} trailing content [",
            "null",
            "",
            "   \n\t ",
            "42");

    @Test
    void readsTheSameTreesAsTheMapper() throws Exception {
        for (String doc : DOCUMENTS) {
            JsonNode expected = MAPPER.readTree(doc.getBytes(StandardCharsets.UTF_8));
            JsonNode actual = JsonTrees.read(doc.getBytes(StandardCharsets.UTF_8));
            assertEquals(expected, actual, doc);
            assertEquals(expected.getNodeType(), actual.getNodeType(), doc);
            assertEquals(types(expected), types(actual), doc);
        }
    }

    @Test
    void readsTheShippedWatchTopicsAsTheMapperDoes() throws Exception {
        byte[] topics = Files.readAllBytes(Path.of("watch-topics.json"));
        assertEquals(MAPPER.readTree(topics), JsonTrees.read(topics));
        byte[] utf16 = new String(topics, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(MAPPER.readTree(utf16), JsonTrees.read(utf16));
    }

    @Test
    void writesTheSameTextAsTheMapper() throws Exception {
        for (String doc : DOCUMENTS) {
            JsonNode tree = MAPPER.readTree(doc);
            if (tree.isMissingNode()) {
                continue;
            }
            assertEquals(MAPPER.writeValueAsString(tree), JsonTrees.write(tree), doc);
            assertEquals(tree.toString(), JsonTrees.write(tree), doc);
        }
        ObjectNode built = JsonNodeFactory.instance.objectNode();
        built.put("float", 1.5f).put("short", (short) 7).put("decimal", new BigDecimal("1.50"))
                .put("big", new BigInteger("123456789012345678901234567890")).put("nan", Double.NaN)
                .put("control", "a\u0001b\u001fc\u2028").putNull("nothing");
        built.putArray("empty");
        built.putObject("none");
        assertEquals(MAPPER.writeValueAsString(built), JsonTrees.write(built));
    }

    @Test
    void malformedInputFailsWithTheMappersErrorAndPlace() {
        for (String bad : List.of("{\"a\":", "{\"a\" 1}", "[1,]", "{'a':1}", "[1 2]", "{\"a\":tru}", "\u0001")) {
            JsonProcessingException expected = assertThrows(JsonProcessingException.class,
                    () -> MAPPER.readTree(bad.getBytes(StandardCharsets.UTF_8)), bad);
            JsonProcessingException actual = assertThrows(JsonProcessingException.class,
                    () -> JsonTrees.read(bad.getBytes(StandardCharsets.UTF_8)), bad);
            assertEquals(expected.getOriginalMessage(), actual.getOriginalMessage(), bad);
            assertEquals(expected.getLocation().getLineNr(), actual.getLocation().getLineNr(), bad);
            assertEquals(expected.getLocation().getColumnNr(), actual.getLocation().getColumnNr(), bad);
        }
    }

    @Test
    void aFactorysParserSettingsApplyAsOnTheMapper() throws Exception {
        String lenient = "{/* c */ \"a\": [1, 2,], \"b\": \"x\ty\", }";
        JsonFactory factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .build();
        ObjectMapper mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .build();
        assertEquals(mapper.readTree(lenient), JsonTrees.read(factory, lenient));
        assertThrows(JsonProcessingException.class, () -> JsonTrees.read(JsonTrees.DEFAULT, lenient));
    }

    @Test
    void nestingBeyondTheParsersLimitIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JsonTrees.read(deep.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getOriginalMessage().contains("nesting depth"), e.getOriginalMessage());
    }

    /** The node classes of a tree, in document order: equal trees may still differ in int vs long nodes. */
    private static List<String> types(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        out.add(node.getClass().getSimpleName());
        node.forEach(child -> collect(child, out));
    }
}
