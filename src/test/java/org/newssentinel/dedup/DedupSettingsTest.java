package org.newssentinel.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DedupSettingsTest {

    @Test
    void defaultsWhenNothingIsSet() {
        assertEquals(new DedupSettings(0.6, 0.15, Duration.ofHours(72)), DedupSettings.from(Map.of()));
    }

    @Test
    void readsTheThreeVariables() {
        DedupSettings s = DedupSettings.from(Map.of("DEDUP_THRESHOLD", "0.8", "DEDUP_SCORE_STEP", " 0.2 ", "DEDUP_WINDOW_HOURS", "24"));
        assertEquals(new DedupSettings(0.8, 0.2, Duration.ofHours(24)), s);
    }

    @Test
    void aBadValueFailsNamingTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DedupSettings.from(Map.of("DEDUP_THRESHOLD", "high")));
        assertEquals("DEDUP_THRESHOLD must be a number, was \"high\"", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> DedupSettings.from(Map.of("DEDUP_WINDOW_HOURS", "0")));
        assertEquals("DEDUP_WINDOW_HOURS must be between 1.0 and 8760.0, was 0", e.getMessage());
        assertThrows(IllegalStateException.class, () -> DedupSettings.from(Map.of("DEDUP_SCORE_STEP", "NaN")));
        e = assertThrows(IllegalStateException.class, () -> DedupSettings.from(Map.of("DEDUP_ENABLED", "yes")));
        assertEquals("DEDUP_ENABLED must be true or false, was \"yes\"", e.getMessage());
    }

    @Test
    void disabledMeansNoGuard() {
        assertEquals(false, DedupSettings.from(Map.of("DEDUP_ENABLED", "FALSE")).enabled());
        assertEquals(java.util.Optional.empty(), DedupSettings.from(Map.of("DEDUP_ENABLED", "false"))
                .guard(() -> new InMemoryFingerprintIndex(Duration.ofHours(1))));
        assertEquals(true, DedupSettings.from(Map.of()).guard(() -> new InMemoryFingerprintIndex(Duration.ofHours(1))).isPresent());
    }
}
