package org.newssentinel.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newssentinel.template.SamTemplate.at;
import static org.newssentinel.template.SamTemplate.list;
import static org.newssentinel.template.SamTemplate.map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newssentinel.alert.Alert;
import org.newssentinel.config.Settings;
import org.newssentinel.handler.S3ArticleHandler;
import org.newssentinel.handler.UploadProcessor;
import org.newssentinel.ingest.ObjectMissingException;
import org.newssentinel.ingest.ObjectSource;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.pipeline.RejectionReason;
import org.newssentinel.store.ArticleRecord;
import org.newssentinel.store.InMemorySummaryStore;
import org.newssentinel.topics.WatchTopics;

/**
 * Keeps {@code template.yaml} true to the code: the handler it names exists, every environment
 * variable the code reads is set (and nothing else), the permissions match the calls the adapters
 * make, and each {@code events/*.json} decodes as the Lambda runtime decodes it and runs through
 * the real handler (with in-memory store and alerter) to the expected outcome.
 */
class TemplateConsistencyTest {

    private static final String FUNCTION = "ArticleFunction";
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path EVENTS = Path.of("events");
    /** A constant naming an environment variable, in a class of settings. */
    private static final Pattern NAMED_CONSTANT = Pattern.compile("static final String [A-Z][A-Z0-9_]* = \"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\";");
    private static final Pattern GETENV = Pattern.compile("getenv\\(\\s*\"([A-Z0-9_]+)\"\\s*\\)");
    /** Read by the JVM, not by our code. */
    private static final Set<String> PLATFORM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");
    /** Set by Lambda itself; a template that sets one of them fails to deploy. */
    private static final Set<String> LAMBDA_RESERVED = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION",
            "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY",
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
            "LAMBDA_RUNTIME_DIR");

    private static SamTemplate template;

    @BeforeAll
    static void readTemplate() throws IOException {
        template = SamTemplate.read(Path.of("template.yaml"));
    }

    @Test
    void theHandlerClassAndMethodExist() throws Exception {
        Map<String, Object> function = template.properties(FUNCTION);
        String[] handler = ((String) function.get("Handler")).split("::");
        assertEquals(2, handler.length, "Handler must be class::method");
        Class<?> type = Class.forName(handler[0]);
        assertTrue(RequestHandler.class.isAssignableFrom(type), type + " must implement RequestHandler");
        Method method = type.getMethod(handler[1], S3Event.class, Context.class);
        assertTrue(Modifier.isPublic(method.getModifiers()));
        assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), "Lambda needs a public no-argument constructor");
        assertEquals("java21", function.get("Runtime"));
        assertEquals(List.of("arm64"), function.get("Architectures"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), function.get("SnapStart"));
        assertTrue(function.get("AutoPublishAlias") instanceof String, "SnapStart needs a published alias");
    }

    @Test
    void everyVariableTheCodeReadsIsSetAndNothingElse() throws IOException {
        Set<String> read = variablesTheCodeReads();
        assertTrue(read.containsAll(Set.of(Settings.TABLE_NAME, Settings.TOPIC_ARN)), "found " + read);
        Set<String> set = new TreeSet<>(environment().keySet());
        Set<String> reserved = new TreeSet<>(set);
        reserved.retainAll(LAMBDA_RESERVED);
        assertEquals(Set.of(), reserved, "reserved by Lambda: a template may not set them");
        Set<String> missing = new TreeSet<>(read);
        missing.removeAll(set);
        missing.removeAll(LAMBDA_RESERVED);
        assertEquals(Set.of(), missing, "read by the code but not set in template.yaml");
        Set<String> unused = new TreeSet<>(set);
        unused.removeAll(read);
        unused.removeAll(PLATFORM_VARIABLES);
        assertEquals(Set.of(), unused, "set in template.yaml but read by nothing");
        assertEquals("-XX:+TieredCompilation -XX:TieredStopAtLevel=1", environment().get("JAVA_TOOL_OPTIONS"));
    }

    @Test
    void theFunctionOutlastsItsSlowestAwsCall() throws Exception {
        Field callTimeout = Class.forName("org.newssentinel.aws.AwsClients").getDeclaredField("CALL_TIMEOUT");
        callTimeout.setAccessible(true);
        java.time.Duration call = (java.time.Duration) callTimeout.get(null);
        int timeout = (Integer) template.properties(FUNCTION).get("Timeout");
        // A stuck call must fail with the SDK's clear error, not be cut off by Lambda's timeout.
        assertTrue(call.toSeconds() < timeout, "Timeout " + timeout + " s must exceed the SDK call timeout " + call);
    }

    @Test
    void theTemplateDefaultsAndParameterBoundsAreValidSettings() {
        Map<String, String> defaults = new HashMap<>();
        environment().forEach((name, value) -> defaults.put(name, resolveDefault(value)));
        Settings settings = Settings.from(defaults);
        assertEquals("articles/", settings.keyPrefix());
        org.newssentinel.clean.Limits.from(defaults);
        assertTrue(org.newssentinel.dedup.DedupSettings.from(defaults).enabled(), "near-duplicate suppression on by default");
        // Each number a deploy may choose must be accepted by the code at start-up.
        environment().forEach((name, value) -> {
            if (value instanceof Map<?, ?> ref && ref.get("Ref") instanceof String parameter
                    && template.parameters().get(parameter) instanceof Map<?, ?> p && "Number".equals(p.get("Type"))) {
                for (String bound : List.of("MinValue", "MaxValue")) {
                    Map<String, String> env = new HashMap<>(defaults);
                    env.put(name, String.valueOf(p.get(bound)));
                    Settings.from(env);
                }
            }
        });
    }

    @Test
    void envJsonSetsTheSameVariablesAsTheTemplate() throws IOException {
        Map<String, String> env = envJson();
        assertEquals(new TreeSet<>(environment().keySet()), new TreeSet<>(env.keySet()));
        assertEquals(environment().get("JAVA_TOOL_OPTIONS"), env.get("JAVA_TOOL_OPTIONS"));
    }

    @Test
    void theFunctionReadsOnlyUploadsUnderThePrefixAndNeverWritesToTheBucket() {
        Map<String, Object> bucketName = map(template.properties("UploadBucket"), "BucketName");
        String bucketExpression = (String) bucketName.get("Fn::Sub");
        List<Map<String, Object>> statements = statements();
        List<Object> s3Actions = new ArrayList<>();
        for (Map<String, Object> statement : statements) {
            for (Object action : list(statement, "Action")) {
                if (((String) action).startsWith("s3:")) {
                    s3Actions.add(action);
                    assertEquals("arn:${AWS::Partition}:s3:::" + bucketExpression + "/${KeyPrefix}*",
                            map(statement, "Resource").get("Fn::Sub"), "S3 access must be limited to the upload prefix");
                }
            }
        }
        // No write of any kind to S3: the function cannot retrigger itself.
        assertEquals(List.of("s3:GetObject", "s3:GetObjectVersion"), s3Actions);
        Map<String, Object> event = map(template.properties(FUNCTION), "Events", "Upload", "Properties");
        assertEquals(Map.of("Ref", "UploadBucket"), event.get("Bucket"));
        assertEquals("s3:ObjectCreated:*", event.get("Events"));
        assertEquals(Map.of("Name", "prefix", "Value", Map.of("Ref", "KeyPrefix")), at(event, "Filter", "S3Key", "Rules", 0));
        assertEquals(Map.of("Ref", "KeyPrefix"), environment().get(Settings.KEY_PREFIX), "the code must filter like the event");
        assertEquals(Map.of("Ref", "KeySuffix"), environment().get(Settings.KEY_SUFFIXES));
    }

    @Test
    void tableAndTopicPermissionsAreExactlyTheCallsTheAdaptersMake() throws IOException {
        assertEquals(calls(Path.of("org", "newssentinel", "store"), "dynamodb"), granted("dynamodb:"),
                "DynamoDB actions granted must match the calls in the store");
        assertEquals(calls(Path.of("org", "newssentinel", "alert"), "sns"), granted("sns:"),
                "SNS actions granted must match the calls in the alerter");
        for (Map<String, Object> statement : statements()) {
            String first = (String) list(statement, "Action").get(0);
            if (first.startsWith("dynamodb:")) {
                for (Object resource : list(statement, "Resource")) {
                    String text = resource.toString();
                    assertTrue(text.contains("RecordsTable"), "DynamoDB access must be limited to the records table: " + text);
                }
            } else if (first.startsWith("sns:")) {
                assertEquals(List.of(Map.of("Ref", "AlertTopic")), list(statement, "Resource"));
            }
        }
    }

    @Test
    void theResourcesFormNoDependencyCycleOnceSamWiresTheBucketToTheFunction() {
        assertEquals(List.of(), cycle(dependencies(template)));
    }

    @Test
    void theCycleCheckFindsTheCycleABucketReferenceInTheRoleWouldMake() {
        Map<String, Set<String>> graph = dependencies(template);
        // What `Resource: !Sub '${UploadBucket.Arn}/${KeyPrefix}*'` in the role would add.
        graph.get("ArticleFunctionRole").add("UploadBucket");
        assertEquals(List.of("ArticleFunction", "ArticleFunctionRole", "UploadBucket", "ArticleFunction"), cycle(graph));
    }

    private static final Pattern SUB_REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?:\\.[A-Za-z0-9.]+)?}");

    /**
     * Which resource depends on which: every Ref, GetAtt, ${Name} in a Sub and DependsOn, plus the
     * edge SAM adds for an S3 event (the bucket's notification names the function).
     */
    private static Map<String, Set<String>> dependencies(SamTemplate template) {
        Set<String> ids = template.resources().keySet();
        Map<String, Set<String>> graph = new java.util.TreeMap<>();
        for (String id : ids) {
            Set<String> targets = new TreeSet<>();
            collect(withoutS3EventBuckets(template.resource(id)), ids, targets);
            targets.remove(id);
            graph.put(id, targets);
        }
        for (String id : ids) {
            Map<String, Object> resource = template.resource(id);
            if ("AWS::Serverless::Function".equals(resource.get("Type")) && map(resource, "Properties").get("Events") instanceof Map<?, ?> events) {
                for (Object event : events.values()) {
                    Map<?, ?> e = (Map<?, ?>) event;
                    if ("S3".equals(e.get("Type")) && ((Map<?, ?>) e.get("Properties")).get("Bucket") instanceof Map<?, ?> bucket) {
                        graph.get((String) bucket.get("Ref")).add(id);
                    }
                }
            }
        }
        return graph;
    }

    /** SAM moves an S3 event onto its bucket: the function does not depend on the bucket it names. */
    @SuppressWarnings("unchecked")
    private static Object withoutS3EventBuckets(Map<String, Object> resource) {
        if (!(resource.get("Properties") instanceof Map<?, ?> properties) || !(properties.get("Events") instanceof Map<?, ?> events)) {
            return resource;
        }
        Map<String, Object> copy = new HashMap<>(resource);
        Map<String, Object> props = new HashMap<>((Map<String, Object>) properties);
        Map<String, Object> kept = new HashMap<>();
        ((Map<String, Object>) events).forEach((name, event) -> {
            Map<String, Object> e = new HashMap<>((Map<String, Object>) event);
            if ("S3".equals(e.get("Type"))) {
                Map<String, Object> p = new HashMap<>((Map<String, Object>) e.get("Properties"));
                p.remove("Bucket");
                e.put("Properties", p);
            }
            kept.put(name, e);
        });
        props.put("Events", kept);
        copy.put("Properties", props);
        return copy;
    }

    private static void collect(Object node, Set<String> ids, Set<String> into) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("Ref".equals(k) && v instanceof String ref) {
                    into.add(resourceOf(ref, ids));
                } else if ("Fn::GetAtt".equals(k) && v instanceof List<?> l) {
                    into.add(resourceOf((String) l.get(0), ids));
                } else if ("Fn::Sub".equals(k)) {
                    Matcher s = SUB_REFERENCE.matcher(String.valueOf(v instanceof List<?> l ? l.get(0) : v));
                    while (s.find()) {
                        into.add(resourceOf(s.group(1), ids));
                    }
                } else if ("DependsOn".equals(k)) {
                    list(v).forEach(d -> into.add(resourceOf((String) d, ids)));
                }
                collect(v, ids, into);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collect(v, ids, into));
        }
        into.removeIf(x -> !ids.contains(x));
    }

    /** A resource SAM generates (e.g. {@code ArticleFunctionAliaslive}) belongs to the one it comes from. */
    private static String resourceOf(String name, Set<String> ids) {
        return ids.contains(name) ? name : ids.stream().filter(name::startsWith).findFirst().orElse(name);
    }

    /** The first cycle found, as a path that ends where it starts; empty when there is none. */
    private static List<String> cycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            if (visit(start, graph, state, path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return false;
        }
        if (s != null && s == 1) {
            path.subList(0, path.indexOf(node)).clear();
            path.add(node);
            return true;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (visit(next, graph, state, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return false;
    }

    @Test
    void theFunctionLogsIntoTheLogGroupWithRetention() {
        Object name = map(template.properties(FUNCTION), "FunctionName").get("Fn::Sub");
        Map<String, Object> group = template.properties("ArticleFunctionLogGroup");
        assertEquals("/aws/lambda/" + name, map(group, "LogGroupName").get("Fn::Sub"),
                "Lambda writes to /aws/lambda/<function name>; any other group stays empty");
        assertEquals(Map.of("Ref", "LogRetentionDays"), group.get("RetentionInDays"));
        // SnapStart initialises the function while the version is published: the group must exist first.
        assertEquals("ArticleFunctionLogGroup", template.resource(FUNCTION).get("DependsOn"));
    }

    @Test
    void theDigestFunctionRunsTheDigestHandlerDailyWithWhatItReads() throws Exception {
        Map<String, Object> digest = template.properties("DigestFunction");
        String[] handler = ((String) digest.get("Handler")).split("::");
        Class<?> type = Class.forName(handler[0]);
        assertTrue(RequestHandler.class.isAssignableFrom(type));
        type.getMethod(handler[1], com.amazonaws.services.lambda.runtime.events.ScheduledEvent.class, Context.class);
        type.getConstructor();
        Map<String, Object> env = map(digest, "Environment", "Variables");
        String period = (String) type.getField("PERIOD_HOURS").get(null);
        assertEquals(new TreeSet<>(Set.of("JAVA_TOOL_OPTIONS", Settings.TABLE_NAME, Settings.TOPIC_ARN, Settings.WATCH_TOPICS, period)),
                new TreeSet<>(env.keySet()));
        assertEquals(environment().get(Settings.WATCH_TOPICS), env.get(Settings.WATCH_TOPICS), "both functions watch the same topics");
        assertEquals("Schedule", at(digest, "Events", "Daily", "Type"));
        // The digest reads sent alerts through the store's topic/time index and publishes: nothing else.
        List<Object> actions = new ArrayList<>();
        for (Object statement : list(template.properties("DigestFunctionRole"), "Policies", 0, "PolicyDocument", "Statement")) {
            actions.addAll(list(statement, "Action"));
        }
        assertEquals(List.of("logs:CreateLogStream", "logs:PutLogEvents", "dynamodb:Query", "sns:Publish"), actions);
    }

    @Test
    void theTableIsTheOneTheStoreExpects() {
        var expected = org.newssentinel.store.DynamoDbSummaryStore.createTableRequest("t");
        Map<String, Object> table = template.properties("RecordsTable");
        assertEquals(expected.billingModeAsString(), table.get("BillingMode"));
        assertEquals(expected.attributeDefinitions().stream().map(a -> Map.of("AttributeName", a.attributeName(),
                "AttributeType", a.attributeTypeAsString())).collect(Collectors.toSet()),
                new java.util.HashSet<>(list(table, "AttributeDefinitions")));
        assertEquals(keys(expected.keySchema()), list(table, "KeySchema"));
        List<Object> indexes = table.containsKey("GlobalSecondaryIndexes") ? list(table, "GlobalSecondaryIndexes") : List.of();
        assertEquals(expected.globalSecondaryIndexes().stream().map(i -> Map.of("IndexName", i.indexName(),
                "KeySchema", keys(i.keySchema()), "Projection", Map.of("ProjectionType", i.projection().projectionTypeAsString())))
                .toList(), indexes);
        assertEquals(Map.of("SSEEnabled", true), table.get("SSESpecification"));
        assertEquals(Map.of("PointInTimeRecoveryEnabled", true), table.get("PointInTimeRecoverySpecification"));
    }

    private static List<Map<String, String>> keys(List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement> schema) {
        return schema.stream().map(k -> Map.of("AttributeName", k.attributeName(), "KeyType", k.keyTypeAsString())).toList();
    }

    @Test
    void everyEventDecodesAndRunsThroughTheHandler() throws IOException {
        Map<String, Expected> expected = Map.of(
                "s3-put.json", new Expected("articles/bild-kazakhstan-oil-dispute.txt", "ANALYSED"),
                "s3-put-html.json", new Expected("articles/caspian-pipeline-talks.html", "ANALYSED"),
                "s3-put-key-spaces-plus.json", new Expected("articles/energy desk/pipeline deal + sanctions.txt", "ANALYSED"),
                "s3-put-not-article.json", new Expected("articles/chart.png", "REJECTED"));
        List<String> files;
        try (Stream<Path> list = Files.list(EVENTS)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("env.json"))
                    .sorted().toList();
        }
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(files), "every event file needs an expectation here");

        Settings settings = Settings.from(envJson());
        for (String file : files) {
            Expected want = expected.get(file);
            S3Event event = decode(EVENTS.resolve(file));
            String bucket = event.getRecords().get(0).getS3().getBucket().getName();
            String eTag = event.getRecords().get(0).getS3().getObject().geteTag();

            InMemorySummaryStore store = new InMemorySummaryStore();
            List<Alert> alerts = new ArrayList<>();
            S3ArticleHandler handler = new S3ArticleHandler(settings, new EventObjects(),
                    new UploadProcessor(new ArticlePipeline(WatchTopics.defaults(), settings.summarySentences()),
                            store, alerts::add, Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC)));

            handler.handleRequest(event, null);
            List<ArticleRecord> records = store.records();
            assertEquals(1, records.size(), file + ": one record per upload");
            ArticleRecord record = records.get(0);
            assertEquals(bucket + "/" + want.key() + "#" + eTag, record.id(), file + ": the key is decoded exactly once");
            assertEquals(want.status(), record.status().name(), file + ": " + record.error());
            if (want.status().equals("REJECTED")) {
                assertEquals(RejectionReason.NOT_AN_ARTICLE, record.rejection().orElseThrow(), file);
                assertTrue(alerts.isEmpty(), file);
            } else {
                assertFalse(record.analysis().orElseThrow().article().paragraphs().isEmpty(), file);
                boolean alerted = record.analysis().orElseThrow().alert();
                assertEquals(alerted ? 1 : 0, alerts.size(), file + ": an alert exactly when the analysis says so");
                alerts.forEach(a -> assertEquals("s3://" + bucket + "/" + want.key(), a.location()));
            }

            // S3 delivers at least once: the same event again changes nothing.
            handler.handleRequest(decode(EVENTS.resolve(file)), null);
            assertEquals(1, store.records().size(), file + ": redelivery");
        }
    }

    @Test
    void eachEventDescribesItsObjectAsS3WouldAfterAPlainUpload() throws Exception {
        try (Stream<Path> list = Files.list(EVENTS)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".json") && !p.endsWith("env.json")).toList()) {
                var object = decode(file).getRecords().get(0).getS3().getObject();
                byte[] bytes = Files.readAllBytes(EVENTS.resolve("objects").resolve(object.getUrlDecodedKey()));
                // The reader sends the event's ETag as If-Match: after `aws s3 cp` of events/objects
                // (one part, SSE-S3) S3's ETag is the MD5 of the bytes, so the events must carry it.
                String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
                assertEquals(md5, object.geteTag(), file + ": eTag");
                assertEquals(bytes.length, object.getSizeAsLong(), file + ": size");
            }
        }
    }

    @Test
    void theSubscriptionFiltersMatchTheAttributesTheAlerterSets() throws IOException {
        List<software.amazon.awssdk.services.sns.model.PublishRequest> published = new ArrayList<>();
        software.amazon.awssdk.services.sns.SnsClient recording = new software.amazon.awssdk.services.sns.SnsClient() {
            @Override
            public software.amazon.awssdk.services.sns.model.PublishResponse publish(
                    software.amazon.awssdk.services.sns.model.PublishRequest request) {
                published.add(request);
                return software.amazon.awssdk.services.sns.model.PublishResponse.builder().messageId("m").build();
            }

            @Override
            public String serviceName() {
                return SERVICE_NAME;
            }

            @Override
            public void close() {
            }
        };
        org.newssentinel.alert.SnsAlerter alerter = new org.newssentinel.alert.SnsAlerter(recording, "arn:aws:sns:us-east-1:1:t");
        ArticlePipeline pipeline = new ArticlePipeline(WatchTopics.defaults(), 3);
        try (Stream<Path> files = Files.walk(EVENTS.resolve("objects"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(txt|html)$")).sorted().toList()) {
                var analysis = pipeline.process(RawDocument.of(file.toString(), Files.readAllBytes(file)));
                if (analysis.alert()) {
                    alerter.publish(new Alert(analysis, file.toString()));
                }
            }
        }
        assertEquals(3, published.size(), "every example article alerts");
        Map<String, Object> email = map(template.properties("EmailSubscription"), "FilterPolicy");
        Map<String, Object> sms = map(template.properties("SmsSubscription"), "FilterPolicy");
        for (Map<String, Object> policy : List.of(email, sms)) {
            for (String attribute : policy.keySet()) {
                assertTrue(published.stream().allMatch(p -> p.messageAttributes().containsKey(attribute)),
                        "filter on " + attribute + ", which the alerter does not set");
            }
        }
        assertTrue(published.stream().allMatch(p -> matches(email, p)), "e-mail gets every alert");
        List<software.amazon.awssdk.services.sns.model.PublishRequest> texted = published.stream().filter(p -> matches(sms, p)).toList();
        assertFalse(texted.isEmpty(), "SMS gets the high-severity alerts");
        texted.forEach(p -> assertEquals("high", p.messageAttributes().get("severity").stringValue()));
    }

    private static boolean matches(Map<String, Object> policy, software.amazon.awssdk.services.sns.model.PublishRequest request) {
        return policy.entrySet().stream().allMatch(e -> request.messageAttributes().containsKey(e.getKey())
                && list(e.getValue()).contains(request.messageAttributes().get(e.getKey()).stringValue()));
    }

    @Test
    void theHtmlEventIsCleanedToItsHeadline() throws IOException {
        Settings settings = Settings.from(envJson());
        InMemorySummaryStore store = new InMemorySummaryStore();
        new S3ArticleHandler(settings, new EventObjects(), new UploadProcessor(
                new ArticlePipeline(WatchTopics.defaults(), settings.summarySentences()), store, a -> { },
                Clock.systemUTC())).handleRequest(decode(EVENTS.resolve("s3-put-html.json")), null);
        assertEquals("Azerbaijan and Kazakhstan agree to study a Caspian oil pipeline",
                store.records().get(0).analysis().orElseThrow().article().title());
    }

    @Test
    void theExampleTextObjectsHeadlineIsItsHeadlineNotTheMenuAboveIt() throws IOException {
        // The README's CLI example runs on these objects; the text one opens with a menu whose items
        // only wide spaces separate, and the alert's subject and SMS lead with the title.
        Path object = EVENTS.resolve("objects").resolve("articles/energy desk/pipeline deal + sanctions.txt");
        var analysis = new ArticlePipeline(WatchTopics.defaults(), 3).process(RawDocument.of(object.toString(),
                Files.readAllBytes(object)));
        assertEquals("Pipeline deal + sanctions: what the new EU package means for Caspian oil", analysis.article().title());
    }

    private record Expected(String key, String status) {
    }

    /** Serves the objects the events name from {@code events/objects/}, keyed as S3 stores them. */
    private static final class EventObjects implements ObjectSource {
        @Override
        public RawDocument read(org.newssentinel.ingest.ObjectLocation location) {
            try {
                return RawDocument.of(location.uri(), Files.readAllBytes(EVENTS.resolve("objects").resolve(location.key())));
            } catch (NoSuchFileException e) {
                throw new ObjectMissingException("no such object " + location.uri());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static S3Event decode(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return LambdaEventSerializers.serializerFor(S3Event.class, TemplateConsistencyTest.class.getClassLoader()).fromJson(in);
        }
    }

    private static Map<String, Object> environment() {
        return map(template.properties(FUNCTION), "Environment", "Variables");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> envJson() throws IOException {
        Map<String, Object> json = new ObjectMapper().readValue(EVENTS.resolve("env.json").toFile(), Map.class);
        return (Map<String, String>) json.get(FUNCTION);
    }

    /** What CloudFormation would pass with every parameter at its default; resources by a placeholder. */
    private static String resolveDefault(Object value) {
        if (value instanceof Map<?, ?> m && m.get("Ref") instanceof String ref) {
            Object parameter = template.parameters().get(ref);
            return parameter == null ? "resolved-" + ref : String.valueOf(((Map<?, ?>) parameter).get("Default"));
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements() {
        List<Object> policies = list(template.properties("ArticleFunctionRole"), "Policies");
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : policies) {
            for (Object statement : list(policy, "PolicyDocument", "Statement")) {
                statements.add((Map<String, Object>) statement);
            }
        }
        assertTrue(statements.stream().allMatch(s -> "Allow".equals(s.get("Effect"))));
        return statements;
    }

    private static Set<String> granted(String prefix) {
        return statements().stream().flatMap(s -> list(s, "Action").stream()).map(String::valueOf)
                .filter(a -> a.startsWith(prefix)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The service actions behind every SDK call (e.g. {@code .putItem(}) in a package's sources. */
    private static Set<String> calls(Path pkg, String service) throws IOException {
        Pattern call = Pattern.compile("\\b" + switch (service) {
            case "dynamodb" -> "dynamo\\w*";
            default -> service;
        } + "\\.(\\w+)\\(");
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    String method = m.group(1).replaceAll("(AsBytes|Paginator)$", "");
                    actions.add(service + ":" + Character.toUpperCase(method.charAt(0)) + method.substring(1));
                }
            }
        }
        assertFalse(actions.isEmpty(), "no " + service + " calls found under " + pkg);
        return actions;
    }

    /**
     * Settings' variable names; those of any other class of settings (constants whose value is
     * their own name) that the Lambda handler builds from the environment; and any variable read
     * directly anywhere in the main sources.
     */
    private static Set<String> variablesTheCodeReads() throws IOException {
        Set<String> names = new TreeSet<>();
        String handler = Files.readString(SOURCES.resolve(Path.of("org", "newssentinel", "handler", "S3ArticleHandler.java")));
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String type = file.getFileName().toString().replace(".java", "");
                if (handler.contains(type + ".from")) {
                    Matcher m = NAMED_CONSTANT.matcher(Files.readString(file));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            }
        }
        for (Field field : Settings.class.getFields()) {
            // The constants that name variables are the ones whose value is their own name.
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    Object value = field.get(null);
                    if (field.getName().equals(value)) {
                        names.add((String) value);
                    }
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = GETENV.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
