package org.newssentinel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsWhenNothingIsSet() {
        Settings s = Settings.from(Map.of());
        assertEquals("us-east-1", s.region());
        assertEquals(10L * 1024 * 1024, s.maxObjectBytes());
        assertEquals(3, s.summarySentences());
        assertTrue(s.tableName().isEmpty());
        assertTrue(s.wantsKey("anything/at all.bin"));
    }

    @Test
    void readsEveryVariableByItsName() {
        Settings s = Settings.from(Map.of(Settings.AWS_REGION, "eu-central-1", Settings.TABLE_NAME, " records ",
                Settings.MAX_OBJECT_BYTES, "2048", Settings.KEY_PREFIX, "inbox/", Settings.KEY_SUFFIXES, ".html, .TXT,,"));
        assertEquals("eu-central-1", s.region());
        assertEquals("records", s.requireTableName());
        assertEquals(2048, s.maxObjectBytes());
        assertEquals(List.of(".html", ".TXT"), s.keySuffixes());
        assertTrue(s.wantsKey("inbox/a.HTML"));
        assertTrue(s.wantsKey("inbox/sub/b.txt"));
        assertFalse(s.wantsKey("inbox/c.pdf"));
        assertFalse(s.wantsKey("other/a.html"));
    }

    @Test
    void aMissingOrMalformedSettingFailsNamingTheVariable() {
        assertTrue(assertThrows(IllegalStateException.class, () -> Settings.from(Map.of()).requireTopicArn())
                .getMessage().startsWith("TOPIC_ARN is not set"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Settings.from(Map.of(Settings.MAX_OBJECT_BYTES, "10MB")))
                .getMessage().startsWith("MAX_OBJECT_BYTES must be a whole number"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Settings.from(Map.of(Settings.SUMMARY_SENTENCES, "0")))
                .getMessage().startsWith("SUMMARY_SENTENCES must be between 1 and 50"));
    }
}
