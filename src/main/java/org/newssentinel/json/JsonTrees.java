package org.newssentinel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Jackson trees read and written with the streaming parser and generator alone, without an
 * {@code ObjectMapper}: the same nodes and the same text as {@code ObjectMapper.readTree} and
 * {@code writeValueAsString} with default settings, minus the mapper's start-up (a tenth of a
 * second of a Lambda cold start, for the few small documents the function reads and writes).
 *
 * <p>Reading gives {@link JsonNodeFactory#instance} nodes: integers as int, long or big-integer
 * nodes by size, other numbers as double nodes, a later duplicate key replacing an earlier one,
 * an empty input as the missing node; content after the first value is not looked at. Errors are
 * the parser's {@link JsonProcessingException}s, with their locations, including its limits
 * (nesting depth, number and string lengths). Thread-safe.
 */
public final class JsonTrees {

    /** Default parser and generator settings, as an {@code ObjectMapper} made with {@code new} has them. */
    public static final JsonFactory DEFAULT = new JsonFactory();

    private JsonTrees() {
    }

    /** Reads the first JSON value of {@code json}, as {@code ObjectMapper.readTree(byte[])} does. */
    public static JsonNode read(byte[] json) throws JsonProcessingException {
        try (JsonParser p = DEFAULT.createParser(json)) {
            return root(p);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the first JSON value of {@code json} with the parser settings of {@code factory} (e.g. strict duplicate detection). */
    public static JsonNode read(JsonFactory factory, byte[] json) throws JsonProcessingException {
        try (JsonParser p = factory.createParser(json)) {
            return root(p);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the first JSON value of {@code json} with the parser settings of {@code factory}. */
    public static JsonNode read(JsonFactory factory, String json) throws JsonProcessingException {
        try (JsonParser p = factory.createParser(json)) {
            return root(p);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compact text of {@code node}, as {@code ObjectMapper.writeValueAsString} writes it. */
    public static String write(JsonNode node) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = DEFAULT.createGenerator(out)) {
            write(g, node);
        } catch (IOException e) {
            // A StringWriter does not fail; the generator throws only for a tree it cannot write.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static JsonNode root(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        return t == null ? JsonNodeFactory.instance.missingNode() : value(p, t);
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = nodes.objectNode();
                for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = nodes.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    a.add(value(p, e));
                }
                return a;
            }
            case VALUE_STRING:
                return nodes.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return nodes.numberNode(p.getIntValue());
                    case LONG:
                        return nodes.numberNode(p.getLongValue());
                    default:
                        return nodes.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + t + " at " + p.currentLocation());
        }
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT:
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    g.writeFieldName(field.getKey());
                    write(g, field.getValue());
                }
                g.writeEndObject();
                return;
            case ARRAY:
                g.writeStartArray();
                for (JsonNode element : node) {
                    write(g, element);
                }
                g.writeEndArray();
                return;
            case STRING:
                g.writeString(node.textValue());
                return;
            case NUMBER:
                switch (node.numberType()) {
                    case INT:
                        g.writeNumber(node.intValue());
                        return;
                    case LONG:
                        g.writeNumber(node.longValue());
                        return;
                    case BIG_INTEGER:
                        g.writeNumber(node.bigIntegerValue());
                        return;
                    case FLOAT:
                        g.writeNumber(node.floatValue());
                        return;
                    case BIG_DECIMAL:
                        g.writeNumber(node.decimalValue());
                        return;
                    default:
                        g.writeNumber(node.doubleValue());
                        return;
                }
            case BOOLEAN:
                g.writeBoolean(node.booleanValue());
                return;
            case NULL:
                g.writeNull();
                return;
            default:
                // Binary, POJO and missing nodes: none of the documents written here has them.
                throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node");
        }
    }
}
