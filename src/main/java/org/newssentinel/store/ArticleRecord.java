package org.newssentinel.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newssentinel.dedup.DuplicateCheck;
import org.newssentinel.ingest.ObjectLocation;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.pipeline.RejectionReason;

/**
 * What is kept about one processed input version: its analysis, or why there is none.
 *
 * @param id          identifies one version of one input (e.g. {@code bucket/key#version})
 * @param source      where the input came from, as shown to analysts
 * @param processedAt when processing finished
 * @param status      the verdict; {@link RecordStatus#ANALYSED} exactly when {@code analysis} is present
 * @param rejection   the reason code of a {@link RecordStatus#REJECTED} record
 * @param error       a sentence for analysts on why a non-analysed record has no analysis
 * @param object      the S3 object version it was read from, when it came from S3
 * @param contentHash SHA-256 (hex) of the bytes analysed, when they were read
 * @param alertState  {@link AlertState#PENDING} when a topic fired, else {@link AlertState#NONE}
 * @param stageMillis how long each stage took (read, analyse, ...), in the order they ran
 * @param duplicateCheck the near-duplicate check of an analysed article: its fingerprint, and
 *                    whether (and why) it repeats an alerted story; empty when none was made
 */
public record ArticleRecord(String id, String source, Instant processedAt, RecordStatus status,
                            Optional<Analysis> analysis, Optional<RejectionReason> rejection, Optional<String> error,
                            Optional<ObjectLocation> object, Optional<String> contentHash, AlertState alertState,
                            Map<String, Long> stageMillis, Optional<DuplicateCheck> duplicateCheck) {

    public static final String OBJECT_MISSING = "OBJECT_MISSING";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    public ArticleRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(processedAt, "processedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(alertState, "alertState");
        if ((status == RecordStatus.ANALYSED) != analysis.isPresent() || analysis.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("an analysed record holds an analysis, any other an error: " + status);
        }
        if ((status == RecordStatus.REJECTED) != rejection.isPresent()) {
            throw new IllegalArgumentException("exactly the rejected records carry a rejection reason");
        }
        if (alertState != AlertState.NONE && alertState != AlertState.PENDING) {
            throw new IllegalArgumentException("a new record's alert is NONE or PENDING, not " + alertState);
        }
        if (alertState == AlertState.PENDING && analysis.map(a -> !a.alert()).orElse(true)) {
            throw new IllegalArgumentException("only an analysis in which a topic fired has an alert pending");
        }
        stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
        Objects.requireNonNull(duplicateCheck, "duplicateCheck");
    }

    /** A record without a near-duplicate check. */
    public ArticleRecord(String id, String source, Instant processedAt, RecordStatus status,
                         Optional<Analysis> analysis, Optional<RejectionReason> rejection, Optional<String> error,
                         Optional<ObjectLocation> object, Optional<String> contentHash, AlertState alertState,
                         Map<String, Long> stageMillis) {
        this(id, source, processedAt, status, analysis, rejection, error, object, contentHash, alertState, stageMillis, Optional.empty());
    }

    /**
     * This record with the near-duplicate check attached; when the check suppresses the alert,
     * no alert is pending.
     */
    public ArticleRecord withDuplicateCheck(DuplicateCheck check) {
        return new ArticleRecord(id, source, processedAt, status, analysis, rejection, error, object, contentHash,
                check.suppressesAlert() ? AlertState.NONE : alertState, stageMillis, Optional.of(check));
    }

    public static ArticleRecord analysed(String id, Analysis analysis, Instant at) {
        return analysed(id, analysis, at, Optional.empty(), Optional.empty(), Map.of());
    }

    public static ArticleRecord analysed(String id, Analysis analysis, Instant at, Optional<ObjectLocation> object,
                                         Optional<String> contentHash, Map<String, Long> stageMillis) {
        return new ArticleRecord(id, analysis.source(), at, RecordStatus.ANALYSED, Optional.of(analysis), Optional.empty(),
                Optional.empty(), object, contentHash, analysis.alert() ? AlertState.PENDING : AlertState.NONE, stageMillis);
    }

    public static ArticleRecord rejected(String id, String source, RejectionReason reason, String error, Instant at) {
        return rejected(id, source, reason, error, at, Optional.empty(), Optional.empty(), Map.of());
    }

    public static ArticleRecord rejected(String id, String source, RejectionReason reason, String error, Instant at,
                                         Optional<ObjectLocation> object, Optional<String> contentHash, Map<String, Long> stageMillis) {
        return new ArticleRecord(id, source, at, RecordStatus.REJECTED, Optional.empty(), Optional.of(reason),
                Optional.of(error), object, contentHash, AlertState.NONE, stageMillis);
    }

    /** The object was gone (deleted, or replaced in an unversioned bucket) when it was to be read. */
    public static ArticleRecord missing(String id, String source, String error, Instant at, Optional<ObjectLocation> object) {
        return new ArticleRecord(id, source, at, RecordStatus.MISSING, Optional.empty(), Optional.empty(),
                Optional.of(error), object, Optional.empty(), AlertState.NONE, Map.of());
    }

    /** The pipeline failed unexpectedly on these bytes; kept so the event is not retried forever. */
    public static ArticleRecord failed(String id, String source, String error, Instant at, Optional<ObjectLocation> object,
                                       Optional<String> contentHash, Map<String, Long> stageMillis) {
        return new ArticleRecord(id, source, at, RecordStatus.FAILED, Optional.empty(), Optional.empty(),
                Optional.of(error), object, contentHash, AlertState.NONE, stageMillis);
    }

    /** A stable code for why there is no analysis: a {@link RejectionReason} name, {@link #OBJECT_MISSING} or {@link #INTERNAL_ERROR}. */
    public Optional<String> reasonCode() {
        return switch (status) {
            case ANALYSED -> Optional.empty();
            case REJECTED -> rejection.map(Enum::name);
            case MISSING -> Optional.of(OBJECT_MISSING);
            case FAILED -> Optional.of(INTERNAL_ERROR);
        };
    }

    /** Total processing time: the sum of the stages. */
    public long processingMillis() {
        return stageMillis.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The state a store holds right after saving this record. */
    public RecordState state() {
        return new RecordState(id, status, alertState, processedAt, reasonCode());
    }
}
