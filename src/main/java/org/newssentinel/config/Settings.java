package org.newssentinel.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting the function reads, from environment variables, with defaults. Built once at
 * start-up; a malformed value fails there with a message naming the variable. AWS endpoints are
 * deliberately not here: the SDK reads the standard {@code AWS_ENDPOINT_URL*} variables itself.
 * The README's "Configuration" table lists the same names as the constants below.
 *
 * @param region       the AWS region every client is built for ({@code AWS_REGION}, which Lambda sets)
 * @param keyPrefix    only keys starting with it are processed; empty means every key
 * @param keySuffixes  only keys ending with one of them (case-insensitive) are processed; empty means every key
 */
public record Settings(
        Optional<String> tableName,
        Optional<String> topicArn,
        int summarySentences,
        Optional<String> watchTopics,
        long maxObjectBytes,
        String keyPrefix,
        List<String> keySuffixes,
        String region) {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String TOPIC_ARN = "TOPIC_ARN";
    public static final String SUMMARY_SENTENCES = "SUMMARY_SENTENCES";
    public static final String WATCH_TOPICS = "WATCH_TOPICS";
    public static final String MAX_OBJECT_BYTES = "MAX_OBJECT_BYTES";
    public static final String KEY_PREFIX = "KEY_PREFIX";
    public static final String KEY_SUFFIXES = "KEY_SUFFIXES";
    /** Set by Lambda itself; read so that clients never depend on a profile file or instance metadata. */
    public static final String AWS_REGION = "AWS_REGION";

    public static final long DEFAULT_MAX_OBJECT_BYTES = 10L * 1024 * 1024;
    public static final String DEFAULT_REGION = "us-east-1";

    public Settings {
        keySuffixes = List.copyOf(keySuffixes);
    }

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    public static Settings from(Map<String, String> env) {
        return new Settings(
                text(env, TABLE_NAME),
                text(env, TOPIC_ARN),
                (int) number(env, SUMMARY_SENTENCES, 3, 1, 50),
                text(env, WATCH_TOPICS),
                number(env, MAX_OBJECT_BYTES, DEFAULT_MAX_OBJECT_BYTES, 1, Long.MAX_VALUE),
                text(env, KEY_PREFIX).orElse(""),
                text(env, KEY_SUFFIXES).map(s -> Arrays.stream(s.split(",")).map(String::strip)
                        .filter(x -> !x.isEmpty()).toList()).orElse(List.of()),
                text(env, AWS_REGION).orElse(DEFAULT_REGION));
    }

    /**
     * The topics file {@code WATCH_TOPICS} names, if it names one: a path on disk (in Lambda, one
     * packaged with the function; relative paths resolve against {@code /var/task}). Nothing here
     * reads from S3, and an S3 location is refused rather than replaced by the bundled topics, which
     * would score every article against topics the operator did not choose.
     *
     * @throws IllegalStateException for an {@code s3://} location
     */
    public Optional<Path> watchTopicsFile() {
        return watchTopics.map(location -> {
            if (location.regionMatches(true, 0, "s3://", 0, "s3://".length())) {
                throw new IllegalStateException(WATCH_TOPICS + " must name a topics file on disk (in Lambda, one packaged with"
                        + " the function), not " + location + ": S3 locations are not read");
            }
            return Path.of(location);
        });
    }

    /** The table name, or a start-up failure that names the variable. */
    public String requireTableName() {
        return tableName.orElseThrow(() -> new IllegalStateException(TABLE_NAME + " is not set: name the DynamoDB table for records"));
    }

    public String requireTopicArn() {
        return topicArn.orElseThrow(() -> new IllegalStateException(TOPIC_ARN + " is not set: give the ARN of the SNS topic for alerts"));
    }

    /** True when the (already URL-decoded) key lies under {@link #keyPrefix} and ends with one of {@link #keySuffixes}. */
    public boolean wantsKey(String key) {
        if (!key.startsWith(keyPrefix)) {
            return false;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        return keySuffixes.isEmpty() || keySuffixes.stream().anyMatch(s -> lower.endsWith(s.toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> text(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static long number(Map<String, String> env, String name, long fallback, long min, long max) {
        Optional<String> raw = text(env, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long v = Long.parseLong(raw.get());
            if (v < min || v > max) {
                throw new IllegalStateException(name + (max == Long.MAX_VALUE && min == 1 ? " must be a positive whole number"
                        : " must be between " + min + " and " + max) + ", was " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, was \"" + raw.get() + "\"");
        }
    }
}
