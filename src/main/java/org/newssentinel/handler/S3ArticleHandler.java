package org.newssentinel.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.newssentinel.alert.SnsAlerter;
import org.newssentinel.aws.AwsClients;
import org.newssentinel.clean.Limits;
import org.newssentinel.config.Settings;
import org.newssentinel.dedup.DedupSettings;
import org.newssentinel.dedup.dynamodb.DynamoDbFingerprintIndex;
import org.newssentinel.ingest.ObjectLocation;
import org.newssentinel.ingest.ObjectSource;
import org.newssentinel.ingest.S3ObjectSource;
import org.newssentinel.observe.ArticleEvent;
import org.newssentinel.observe.ArticleLog;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.store.DynamoDbSummaryStore;
import org.newssentinel.topics.WatchTopics;

/**
 * Lambda entry point for S3 {@code ObjectCreated} events: decodes each record, hands it to the
 * {@link UploadProcessor} with a reader for the object, and logs one line per record.
 *
 * <p>Exception policy (also in the README): records of other event types, test events, records
 * missing their bucket or key, keys outside the configured prefix and suffixes are skipped and
 * logged. Verdicts about an input (rejected, missing, a pipeline bug) are recorded and never
 * thrown. A transient failure of one record (DynamoDB, SNS or S3 unavailable or throttled after
 * the SDK's retries, an alert claimed by a live delivery) does not stop the other records; after
 * all of them, the handler throws so that Lambda retries the event, and the records already done
 * are recognised as duplicates on the retry.
 */
public final class S3ArticleHandler implements RequestHandler<S3Event, String> {

    /** Kept back from the invocation's remaining time when sizing an alert claim: clock skew and the write itself. */
    private static final Duration CLAIM_MARGIN = Duration.ofSeconds(5);

    private final ObjectSource objects;
    private final UploadProcessor processor;
    private final Settings settings;
    private final ArticleLog log;

    /** Used by Lambda: clients, configuration and watch topics are built once per container. */
    public S3ArticleHandler() {
        this(Wiring.of(System.getenv(), Optional.empty()), true);
    }

    /**
     * The production wiring around given clients, configured from {@code env} as Lambda's
     * environment would (the integration tests use it with local servers).
     */
    public S3ArticleHandler(Map<String, String> env, AwsClients aws) {
        this(Wiring.of(env, Optional.of(aws)), false);
    }

    private S3ArticleHandler(Wiring w, boolean primeForSnapStart) {
        this(w.settings(), w.objects(), w.processor(), ArticleLog.toStandardOutput());
        if (primeForSnapStart) {
            SnapStartPriming.register(w.pipeline(), w.aws());
        }
    }

    /** Everything the handler is built from; made once, from the environment. */
    private record Wiring(Settings settings, ArticlePipeline pipeline, AwsClients aws, ObjectSource objects,
                          UploadProcessor processor) {
        /**
         * The watch topics need no client and building the clients is most of a cold start, so the
         * topics are loaded (and the pipeline built) on a second thread meanwhile; the clients are
         * built as {@link AwsClients#create} builds them. Exceptions reach the caller as they would
         * without the thread.
         */
        static Wiring of(Map<String, String> env, Optional<AwsClients> given) {
            Settings settings = Settings.from(env);
            FutureTask<ArticlePipeline> pipelineTask = new FutureTask<>(() ->
                    new ArticlePipeline(watchTopics(settings), settings.summarySentences(), Limits.from(env)));
            Thread init = new Thread(pipelineTask, "news-sentinel-init");
            init.setDaemon(true);
            init.start();
            AwsClients aws = given.orElseGet(() -> AwsClients.create(settings.region()));
            ArticlePipeline pipeline = join(pipelineTask);
            DedupSettings dedup = DedupSettings.from(env);
            UploadProcessor processor = new UploadProcessor(pipeline,
                    new DynamoDbSummaryStore(aws.dynamo(), settings.requireTableName()),
                    new SnsAlerter(aws.sns(), settings.requireTopicArn()), Clock.systemUTC(),
                    dedup.guard(() -> new DynamoDbFingerprintIndex(aws.dynamo(), settings.requireTableName(), dedup.window())));
            return new Wiring(settings, pipeline, aws, new S3ObjectSource(aws.s3(), settings.maxObjectBytes()), processor);
        }

        private static <T> T join(FutureTask<T> task) {
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the watch topics", e);
            }
        }
    }

    /**
     * The bundled watch topics, or those of the file {@code WATCH_TOPICS} names (see
     * {@link Settings#watchTopicsFile}); an S3 location is refused at start-up.
     */
    static WatchTopics watchTopics(Settings settings) {
        return settings.watchTopicsFile().map(WatchTopics::load).orElseGet(WatchTopics::defaults);
    }

    /** For tests and other hosts: every collaborator supplied, log lines to standard output. */
    public S3ArticleHandler(Settings settings, ObjectSource objects, UploadProcessor processor) {
        this(settings, objects, processor, ArticleLog.toStandardOutput());
    }

    /** For tests and other hosts: every collaborator supplied. */
    public S3ArticleHandler(Settings settings, ObjectSource objects, UploadProcessor processor, ArticleLog log) {
        this.settings = settings;
        this.objects = objects;
        this.processor = processor;
        this.log = log;
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        String requestId = context == null || context.getAwsRequestId() == null ? "-" : context.getAwsRequestId();
        Map<UploadProcessor.Outcome, Integer> outcomes = new EnumMap<>(UploadProcessor.Outcome.class);
        int skipped = 0;
        List<RuntimeException> transientFailures = new ArrayList<>();
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (S3EventNotificationRecord record : records) {
            Decoded decoded = decode(record);
            if (decoded.location.isEmpty()) {
                skipped++;
                log.record(skip(requestId, decoded, decoded.skipReason));
                continue;
            }
            ObjectLocation location = decoded.location.get();
            if (!settings.wantsKey(location.key())) {
                skipped++;
                log.record(skip(requestId, decoded, "OUTSIDE_PREFIX_OR_SUFFIXES"));
                continue;
            }
            try {
                UploadProcessor.Result result = processor.process(
                        new UploadProcessor.Upload(location.recordId(), location.uri(), Optional.of(location)),
                        () -> objects.read(location), claimFor(context));
                outcomes.merge(result.outcome(), 1, Integer::sum);
                log.record(new ArticleEvent(requestId, location.bucket(), location.key(), location.versionId(),
                        Optional.of(location.recordId()), result.outcome().name(), Optional.of(result.status().name()),
                        result.reason(), result.firedTopics(), Optional.of(result.alertState().name()), result.stageMillis(),
                        result.note()));
            } catch (RuntimeException e) {
                transientFailures.add(e);
                log.record(new ArticleEvent(requestId, location.bucket(), location.key(), location.versionId(),
                        Optional.of(location.recordId()), "ERROR", Optional.empty(), Optional.of(e.getClass().getSimpleName()),
                        Map.of(), Optional.empty(), Map.of(), Optional.ofNullable(e.getMessage())));
            }
        }
        String summary = "outcomes=" + outcomes + " skipped=" + skipped + " failed=" + transientFailures.size();
        if (!transientFailures.isEmpty()) {
            RuntimeException retry = new IllegalStateException(transientFailures.size() + " of " + records.size()
                    + " records failed transiently; Lambda will retry the event (" + summary + ")", transientFailures.get(0));
            transientFailures.stream().skip(1).forEach(retry::addSuppressed);
            throw retry;
        }
        return summary;
    }

    /** Until this invocation is certainly over: a claim that outlives its holder only delays the next delivery. */
    private static Duration claimFor(Context context) {
        if (context == null || context.getRemainingTimeInMillis() <= 0) {
            return UploadProcessor.DEFAULT_CLAIM;
        }
        return Duration.ofMillis(context.getRemainingTimeInMillis()).plus(CLAIM_MARGIN);
    }

    private static ArticleEvent skip(String requestId, Decoded d, String reason) {
        return new ArticleEvent(requestId, d.bucket, d.key, Optional.empty(), Optional.empty(), "SKIPPED", Optional.empty(),
                Optional.of(reason), Map.of(), Optional.empty(), Map.of(), d.eventName);
    }

    private record Decoded(Optional<ObjectLocation> location, String bucket, String key, Optional<String> eventName, String skipReason) {
    }

    static Optional<ObjectLocation> locate(S3EventNotificationRecord record) {
        return decode(record).location;
    }

    private static Decoded decode(S3EventNotificationRecord record) {
        if (record == null) {
            return new Decoded(Optional.empty(), "", "", Optional.empty(), "EMPTY_RECORD");
        }
        Optional<String> eventName = Optional.ofNullable(record.getEventName());
        String bucket = record.getS3() == null || record.getS3().getBucket() == null || record.getS3().getBucket().getName() == null
                ? "" : record.getS3().getBucket().getName();
        S3ObjectEntity object = record.getS3() == null ? null : record.getS3().getObject();
        String rawKey = object == null || object.getKey() == null ? "" : object.getKey();
        if (eventName.isEmpty() || !eventName.get().startsWith("ObjectCreated")) {
            return new Decoded(Optional.empty(), bucket, rawKey, eventName, "NOT_OBJECT_CREATED");
        }
        if (bucket.isEmpty() || rawKey.isEmpty()) {
            return new Decoded(Optional.empty(), bucket, rawKey, eventName, "MISSING_BUCKET_OR_KEY");
        }
        String key;
        try {
            // S3 event keys are form-encoded ("+" is a space, "%2B" a plus); decode exactly once.
            key = URLDecoder.decode(rawKey, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return new Decoded(Optional.empty(), bucket, rawKey, eventName, "MALFORMED_KEY");
        }
        Long size = object.getSizeAsLong();
        return new Decoded(Optional.of(new ObjectLocation(bucket, key,
                Optional.ofNullable(object.getVersionId()).filter(v -> !v.isBlank()),
                Optional.ofNullable(object.geteTag()).filter(v -> !v.isBlank()),
                size == null ? -1 : size)), bucket, key, eventName, "");
    }
}
