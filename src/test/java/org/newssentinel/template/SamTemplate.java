package org.newssentinel.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A SAM template read into plain maps and lists, with CloudFormation's short-form tags turned
 * into their long form ({@code !Ref X} becomes {@code {Ref: X}}, {@code !GetAtt A.B} becomes
 * {@code {Fn::GetAtt: [A, B]}}), so tests compare what CloudFormation would see.
 */
final class SamTemplate {

    private static final List<String> FUNCTIONS = List.of("Ref", "Condition", "GetAtt", "Sub", "If", "Not", "Equals",
            "And", "Or", "Join", "Select", "Split", "FindInMap", "Base64", "Cidr", "ImportValue", "GetAZs", "Transform");

    private final Map<String, Object> root;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    static SamTemplate read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new SamTemplate(new Yaml(new CfnConstructor()).load(reader));
        }
    }

    Map<String, Object> resource(String logicalId) {
        return map(map(root, "Resources"), logicalId);
    }

    Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId), "Properties");
    }

    Map<String, Object> parameters() {
        return map(root, "Parameters");
    }

    Map<String, Object> resources() {
        return map(root, "Resources");
    }

    /** The value at a path of map keys and list indexes, failing with the path when absent. */
    static Object at(Object node, Object... path) {
        Object current = node;
        StringBuilder where = new StringBuilder();
        for (Object step : path) {
            where.append('/').append(step);
            if (step instanceof Integer i && current instanceof List<?> list && i < list.size()) {
                current = list.get(i);
            } else if (current instanceof Map<?, ?> m && m.containsKey(step)) {
                current = m.get(step);
            } else {
                throw new AssertionError("template.yaml has nothing at " + where);
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, Object... path) {
        Object value = at(node, path);
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a mapping at " + List.of(path) + ", found " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, Object... path) {
        Object value = at(node, path);
        return value instanceof List ? (List<Object>) value : List.of(value);
    }

    private static final class CfnConstructor extends SafeConstructor {

        CfnConstructor() {
            super(new LoaderOptions());
            for (String function : FUNCTIONS) {
                yamlConstructors.put(new Tag("!" + function), new ShortForm(function));
            }
        }

        private final class ShortForm extends AbstractConstruct {
            private final String function;

            ShortForm(String function) {
                this.function = function;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode scalar) {
                    value = constructScalar(scalar);
                } else if (node instanceof SequenceNode sequence) {
                    value = constructSequence(sequence);
                } else {
                    value = constructMapping((MappingNode) node);
                }
                if (function.equals("GetAtt") && value instanceof String dotted) {
                    value = List.of(dotted.split("\\.", 2));
                }
                String key = function.equals("Ref") || function.equals("Condition") ? function : "Fn::" + function;
                return Map.of(key, value);
            }
        }
    }
}
