package org.newssentinel.dedup;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tuning of near-duplicate suppression, from environment variables with defaults.
 *
 * @param threshold similarity (0..1] from which two texts count as the same story; default 0.6
 * @param scoreStep how much a topic's score must rise above the story's best for a repeat to alert again; default 0.15
 * @param window    how far back to look for the story's earlier alerts; default 72 hours
 * @param enabled   false to alert on every copy (no fingerprints are looked up or filed); default true
 */
public record DedupSettings(double threshold, double scoreStep, Duration window, boolean enabled) {

    public static final String THRESHOLD = "DEDUP_THRESHOLD";
    public static final String SCORE_STEP = "DEDUP_SCORE_STEP";
    public static final String WINDOW_HOURS = "DEDUP_WINDOW_HOURS";
    public static final String ENABLED = "DEDUP_ENABLED";

    public static final DedupSettings DEFAULTS = new DedupSettings(0.6, 0.15, Duration.ofHours(72));

    /** Enabled settings. */
    public DedupSettings(double threshold, double scoreStep, Duration window) {
        this(threshold, scoreStep, window, true);
    }

    public DedupSettings {
        Objects.requireNonNull(window, "window");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the similarity threshold must be in (0, 1], was " + threshold);
        }
        if (!(scoreStep > 0 && scoreStep <= 1)) {
            throw new IllegalArgumentException("the score step must be in (0, 1], was " + scoreStep);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the look-up window must be positive, was " + window);
        }
    }

    /**
     * Reads {@value #THRESHOLD}, {@value #SCORE_STEP}, {@value #WINDOW_HOURS} and {@value #ENABLED} ({@code true} or {@code false}).
     *
     * @throws IllegalStateException naming the variable when a value is malformed or out of range
     */
    public static DedupSettings from(Map<String, String> env) {
        double threshold = number(env, THRESHOLD, DEFAULTS.threshold(), 0.05, 1.0);
        double step = number(env, SCORE_STEP, DEFAULTS.scoreStep(), 0.01, 1.0);
        double hours = number(env, WINDOW_HOURS, DEFAULTS.window().toHours(), 1, 24 * 365);
        String enabled = Optional.ofNullable(env.get(ENABLED)).map(String::strip).orElse("true").toLowerCase(java.util.Locale.ROOT);
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw new IllegalStateException(ENABLED + " must be true or false, was \"" + env.get(ENABLED) + "\"");
        }
        return new DedupSettings(threshold, step, Duration.ofMinutes(Math.round(hours * 60)), enabled.equals("true"));
    }

    /** A guard with these settings over the given index, or none when suppression is disabled. */
    public Optional<DuplicateGuard> guard(java.util.function.Supplier<FingerprintIndex> index) {
        return enabled ? Optional.of(new DuplicateGuard(index.get(), new NearDuplicatePolicy(this))) : Optional.empty();
    }

    private static double number(Map<String, String> env, String name, double fallback, double min, double max) {
        Optional<String> raw = Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) {
            return fallback;
        }
        double v;
        try {
            v = Double.parseDouble(raw.get());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a number, was \"" + raw.get() + "\"");
        }
        if (!(v >= min && v <= max)) {
            throw new IllegalStateException(name + " must be between " + min + " and " + max + ", was " + raw.get());
        }
        return v;
    }
}
