package org.newssentinel.handler;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newssentinel.alert.Alert;
import org.newssentinel.alert.Alerter;
import org.newssentinel.dedup.DuplicateCheck;
import org.newssentinel.dedup.DuplicateGuard;
import org.newssentinel.ingest.ObjectLocation;
import org.newssentinel.ingest.ObjectMissingException;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.store.AlertClaim;
import org.newssentinel.store.AlertState;
import org.newssentinel.store.ArticleRecord;
import org.newssentinel.store.RecordState;
import org.newssentinel.store.RecordStatus;
import org.newssentinel.store.SummaryStore;
import org.newssentinel.store.TopicAlert;
import org.newssentinel.topics.TopicScore;

/**
 * Handles one uploaded document version end to end: read, analyse, record, alert. Shared by the
 * Lambda handler and the CLI's watch mode so both behave the same.
 *
 * <p>Idempotent per record id: a delivery first looks the id up and does nothing more when the
 * record exists and owes no alert. Verdicts about the input (rejected, missing, a pipeline bug)
 * are recorded, never thrown. Failures of the store, the alerter or the reader's transport are
 * thrown, as is {@link AlertInProgressException}, so that the platform retries the event.
 *
 * <p>Alerts go out exactly once: the record is created with its alert {@code PENDING}; a delivery
 * publishes only after claiming it ({@code PENDING -> SENDING}, conditional), hands the claim
 * back if the publish fails, and marks it {@code SENT} after. The one remaining window for a
 * second message is a delivery that dies after SNS accepted the message and before {@code SENT}
 * was written: once its lease ends, a redelivery sends again (see the README, "Exception policy").
 */
public final class UploadProcessor {

    /** What one delivery did to one upload. */
    public enum Outcome { ANALYSED, ALERTED, SUPPRESSED, REJECTED, MISSING, FAILED, DUPLICATE }

    /** Reads the document; may throw {@link ArticleRejectedException} or {@link ObjectMissingException}. */
    @FunctionalInterface
    public interface Reader {
        RawDocument read();
    }

    /**
     * One upload to process.
     *
     * @param recordId identifies the version (see {@link ObjectLocation#recordId()})
     * @param location where the original lives, as shown in alerts
     * @param object   the S3 object version, when the upload came from S3
     */
    public record Upload(String recordId, String location, Optional<ObjectLocation> object) {
        public Upload {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(object, "object");
        }
    }

    /**
     * What happened, for the log line.
     *
     * @param note  a warning for operators, e.g. an alert sent whose state could not be recorded
     * @param error for an input this run rejected, missed or failed, the sentence saying why (as recorded)
     */
    public record Result(Outcome outcome, RecordStatus status, Optional<String> reason, Map<String, Double> firedTopics,
                         AlertState alertState, Map<String, Long> stageMillis, Optional<String> note, Optional<String> error) {
    }

    /** Claims are held this long when the caller has no deadline of its own (Lambda's longest timeout). */
    public static final Duration DEFAULT_CLAIM = Duration.ofMinutes(15);

    private final ArticlePipeline pipeline;
    private final SummaryStore store;
    private final Alerter alerter;
    private final Clock clock;
    private final Optional<DuplicateGuard> duplicates;

    public UploadProcessor(ArticlePipeline pipeline, SummaryStore store, Alerter alerter, Clock clock) {
        this(pipeline, store, alerter, clock, Optional.empty());
    }

    /** @param duplicates near-duplicate suppression: a repeat of an alerted story is recorded, linked, and not alerted again */
    public UploadProcessor(ArticlePipeline pipeline, SummaryStore store, Alerter alerter, Clock clock,
                           Optional<DuplicateGuard> duplicates) {
        this.pipeline = pipeline;
        this.store = store;
        this.alerter = alerter;
        this.clock = clock;
        this.duplicates = duplicates;
    }

    /** Processes a document already in hand (the watch mode). */
    public Outcome process(String recordId, RawDocument document, String location) {
        return process(new Upload(recordId, location, Optional.empty()), () -> document, DEFAULT_CLAIM).outcome();
    }

    /** Records an input rejected before it reached {@link #process} (the watch mode's own reading). */
    public Result reject(String recordId, String source, ArticleRejectedException e) {
        return recordVerdict(ArticleRecord.rejected(recordId, source, e.reason(), e.getMessage(), clock.instant()),
                Outcome.REJECTED);
    }

    /**
     * Processes one upload.
     *
     * @param claimFor how long this delivery may hold an alert claim: until it is certainly no longer running
     */
    public Result process(Upload upload, Reader reader, Duration claimFor) {
        Map<String, Long> stages = new LinkedHashMap<>();
        long t = System.nanoTime();
        Optional<RecordState> existing = store.find(upload.recordId());
        t = lap(stages, "lookup", t);
        if (existing.isPresent() && !existing.get().alertOutstanding()) {
            return duplicate(existing.get(), stages, Optional.empty());
        }

        RawDocument document;
        try {
            document = reader.read();
        } catch (ArticleRejectedException e) {
            lap(stages, "read", t);
            return existing.isPresent() ? abandoned(existing.get(), stages, e.getMessage())
                    : recordVerdict(ArticleRecord.rejected(upload.recordId(), upload.location(), e.reason(), e.getMessage(),
                            clock.instant(), upload.object(), Optional.empty(), stages), Outcome.REJECTED);
        } catch (ObjectMissingException e) {
            lap(stages, "read", t);
            return existing.isPresent() ? abandoned(existing.get(), stages, e.getMessage())
                    : recordVerdict(ArticleRecord.missing(upload.recordId(), upload.location(), e.getMessage(), clock.instant(),
                            upload.object()), Outcome.MISSING);
        }
        t = lap(stages, "read", t);
        Optional<String> hash = Optional.of(sha256(document.content()));

        Analysis analysis;
        try {
            analysis = pipeline.process(document);
        } catch (ArticleRejectedException e) {
            lap(stages, "analyse", t);
            return existing.isPresent() ? abandoned(existing.get(), stages, e.getMessage())
                    : recordVerdict(ArticleRecord.rejected(upload.recordId(), upload.location(), e.reason(), e.getMessage(),
                            clock.instant(), upload.object(), hash, stages), Outcome.REJECTED);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug on these bytes: the same bytes would fail again, so record it rather than retry forever.
            lap(stages, "analyse", t);
            String error = "internal error: " + e.getClass().getSimpleName() + Optional.ofNullable(e.getMessage()).map(m -> ": " + m).orElse("");
            return existing.isPresent() ? abandoned(existing.get(), stages, error)
                    : recordVerdict(ArticleRecord.failed(upload.recordId(), upload.location(), error, clock.instant(),
                            upload.object(), hash, stages), Outcome.FAILED);
        }
        t = lap(stages, "analyse", t);

        if (existing.isEmpty()) {
            Optional<DuplicateCheck> repeat = duplicates.map(d -> d.check(upload.recordId(), analysis, clock.instant()));
            ArticleRecord analysed = ArticleRecord.analysed(upload.recordId(), analysis, clock.instant(), upload.object(), hash, stages);
            ArticleRecord record = repeat.map(analysed::withDuplicateCheck).orElse(analysed);
            boolean created = store.save(record);
            t = lap(stages, "store", t);
            if (!created) {
                // Another delivery stored it between our lookup and our write: it decides, unless an alert is still owed.
                RecordState winner = store.find(upload.recordId()).orElse(record.state());
                if (!winner.alertOutstanding()) {
                    return duplicate(winner, stages, Optional.empty());
                }
            } else {
                // Filed before the alert goes out, so that a repeat arriving meanwhile is already held back.
                repeat.ifPresent(r -> duplicates.get().remember(r));
                if (!analysis.alert()) {
                    return result(Outcome.ANALYSED, RecordStatus.ANALYSED, Optional.empty(), analysis, AlertState.NONE, stages, Optional.empty());
                }
                if (repeat.map(DuplicateCheck::suppressesAlert).orElse(false)) {
                    return result(Outcome.SUPPRESSED, RecordStatus.ANALYSED, Optional.empty(), analysis, AlertState.NONE, stages,
                            Optional.of(repeat.get().decision().reason()));
                }
            }
        }

        Map<String, Double> fired = fired(analysis);
        Instant now = clock.instant();
        Optional<AlertClaim> claim = store.claimAlert(upload.recordId(), now, now.plus(claimFor));
        if (claim.isEmpty()) {
            RecordState state = store.find(upload.recordId()).orElseThrow(() -> new IllegalStateException(
                    "the record " + upload.recordId() + " vanished while its alert was being sent"));
            if (state.alertState() == AlertState.SENDING) {
                throw new AlertInProgressException("the alert of " + upload.recordId()
                        + " is being sent by another delivery; retry once that delivery has ended");
            }
            return duplicate(state, stages, Optional.empty());
        }
        try {
            alerter.publish(new Alert(analysis, upload.location()));
        } catch (RuntimeException e) {
            try {
                store.releaseAlert(claim.get(), e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException releaseFailed) {
                e.addSuppressed(releaseFailed); // the claim's lease ends by itself
            }
            throw e;
        }
        Instant sentAt = clock.instant();
        Optional<String> note = Optional.empty();
        AlertState after = AlertState.SENT;
        try {
            if (!store.markAlertSent(claim.get(), topicAlerts(upload, analysis, sentAt), sentAt)) {
                note = Optional.of("alert sent, but the claim had expired and was taken over: a second message is possible");
            }
        } catch (RuntimeException e) {
            // The message is out; throwing would make the platform send it again. Record the anomaly instead.
            after = AlertState.SENDING;
            note = Optional.of("alert sent, but its SENT state could not be recorded: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage());
        }
        lap(stages, "alert", t);
        return new Result(Outcome.ALERTED, RecordStatus.ANALYSED, Optional.empty(), fired, after, stages, note, Optional.empty());
    }

    private Result recordVerdict(ArticleRecord record, Outcome outcome) {
        Map<String, Long> stages = new LinkedHashMap<>(record.stageMillis());
        long t = System.nanoTime();
        boolean created = store.save(record);
        lap(stages, "store", t);
        if (!created) {
            RecordState winner = store.find(record.id()).orElse(record.state());
            return duplicate(winner, stages, Optional.empty());
        }
        return new Result(outcome, record.status(), record.reasonCode(), Map.of(), AlertState.NONE, stages, Optional.empty(), record.error());
    }

    /** A pending alert whose object can no longer be analysed: it stays pending; operators see why. */
    private static Result abandoned(RecordState existing, Map<String, Long> stages, String why) {
        return duplicate(existing, stages, Optional.of("alert still pending, but the upload can no longer be analysed: " + why));
    }

    private static Result duplicate(RecordState state, Map<String, Long> stages, Optional<String> note) {
        return new Result(Outcome.DUPLICATE, state.status(), state.reason(), Map.of(), state.alertState(), stages, note, Optional.empty());
    }

    private static Result result(Outcome outcome, RecordStatus status, Optional<String> reason, Analysis analysis,
                                 AlertState alert, Map<String, Long> stages, Optional<String> note) {
        return new Result(outcome, status, reason, fired(analysis), alert, stages, note, Optional.empty());
    }

    private static Map<String, Double> fired(Analysis analysis) {
        Map<String, Double> fired = new LinkedHashMap<>();
        analysis.firedTopics().forEach(t -> fired.put(t.topic(), t.score()));
        return fired;
    }

    private static List<TopicAlert> topicAlerts(Upload upload, Analysis analysis, Instant at) {
        return analysis.firedTopics().stream().map((TopicScore t) -> new TopicAlert(upload.recordId(), t.topic(), t.score(), at,
                analysis.summary().headline(), analysis.summary().sms(), upload.location(), analysis.article().url())).toList();
    }

    private static long lap(Map<String, Long> stages, String stage, long since) {
        long now = System.nanoTime();
        stages.merge(stage, (now - since) / 1_000_000, Long::sum);
        return now;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
