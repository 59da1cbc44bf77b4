package org.newssentinel.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssentinel.config.Settings;
import org.newssentinel.topics.WatchTopic;

/** The function's watch topics: the bundled ones, or the packaged file WATCH_TOPICS names. */
class FunctionWatchTopicsTest {

    @TempDir
    Path tmp;

    @Test
    void withoutTheVariableTheBundledTopicsApply() {
        assertEquals(java.util.List.of("pipelines", "sanctions", "alliances"),
                S3ArticleHandler.watchTopics(Settings.from(Map.of())).topics().stream().map(WatchTopic::id).toList());
    }

    @Test
    void aPackagedFileReplacesThem() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode all = (ObjectNode) json.readTree(Path.of("watch-topics.json").toFile());
        ArrayNode only = json.createArrayNode().add(all.withArray("topics").get(1));
        Path file = tmp.resolve("custom-topics.json");
        Files.writeString(file, json.createObjectNode().set("topics", only).toString());

        assertEquals(java.util.List.of("sanctions"), S3ArticleHandler.watchTopics(Settings.from(Map.of(Settings.WATCH_TOPICS,
                file.toString()))).topics().stream().map(WatchTopic::id).toList());
    }

    @Test
    void anS3LocationFailsAtStartUpNamingTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> S3ArticleHandler.watchTopics(
                Settings.from(Map.of(Settings.WATCH_TOPICS, "s3://bucket/topics.json"))));
        assertTrue(e.getMessage().startsWith("WATCH_TOPICS must name a topics file on disk"), e.getMessage());
    }

    @Test
    void theHandlerReportsABadTopicsFileAsItselfThoughItIsLoadedOnAnotherThread() throws Exception {
        Path broken = tmp.resolve("broken-topics.json");
        Files.writeString(broken, "{\"topics\": [");
        org.newssentinel.aws.AwsClients aws = org.newssentinel.aws.AwsClients.create("us-east-1");
        RuntimeException direct = assertThrows(RuntimeException.class,
                () -> S3ArticleHandler.watchTopics(Settings.from(Map.of(Settings.WATCH_TOPICS, broken.toString()))));
        RuntimeException viaHandler = assertThrows(RuntimeException.class, () -> new S3ArticleHandler(Map.of(
                Settings.WATCH_TOPICS, broken.toString(), Settings.TABLE_NAME, "t", Settings.TOPIC_ARN,
                "arn:aws:sns:us-east-1:000000000000:t"), aws));
        assertEquals(direct.getClass(), viaHandler.getClass());
        assertEquals(direct.getMessage(), viaHandler.getMessage());
        IllegalStateException s3 = assertThrows(IllegalStateException.class, () -> new S3ArticleHandler(Map.of(
                Settings.WATCH_TOPICS, "s3://bucket/topics.json"), aws));
        assertTrue(s3.getMessage().startsWith("WATCH_TOPICS must name a topics file on disk"), s3.getMessage());
    }
}
