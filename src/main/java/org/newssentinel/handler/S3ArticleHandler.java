package org.newssentinel.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.newssentinel.alert.SnsAlerter;
import org.newssentinel.aws.AwsClients;
import org.newssentinel.config.Settings;
import org.newssentinel.ingest.ObjectLocation;
import org.newssentinel.ingest.ObjectMissingException;
import org.newssentinel.ingest.ObjectSource;
import org.newssentinel.ingest.S3ObjectSource;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RejectionReason;
import org.newssentinel.store.DynamoDbSummaryStore;
import org.newssentinel.topics.WatchTopics;

/**
 * Lambda entry point for S3 {@code ObjectCreated} events. Decodes each record, reads the object
 * and hands it to the {@link UploadProcessor}. Records of other event types, and keys outside the
 * configured prefix and suffixes, are skipped. Store and publish failures propagate so that
 * Lambda retries the event; the store's idempotency makes the retry safe.
 */
public final class S3ArticleHandler implements RequestHandler<S3Event, String> {

    private final ObjectSource objects;
    private final UploadProcessor processor;
    private final Settings settings;

    /** Used by Lambda: clients and configuration are built once per container. */
    public S3ArticleHandler() {
        this(Settings.fromEnvironment());
        SnapStartPriming.register(new ArticlePipeline(WatchTopics.defaults(), settings.summarySentences()));
    }

    private S3ArticleHandler(Settings settings) {
        this(settings, AwsClients.create(settings.region()));
    }

    private S3ArticleHandler(Settings settings, AwsClients aws) {
        this(settings, new S3ObjectSource(aws.s3(), settings.maxObjectBytes()),
                new UploadProcessor(new ArticlePipeline(WatchTopics.defaults(), settings.summarySentences()),
                        new DynamoDbSummaryStore(aws.dynamo(), settings.requireTableName()),
                        new SnsAlerter(aws.sns(), settings.requireTopicArn()),
                        Clock.systemUTC()));
    }

    /** For tests and other hosts: every collaborator supplied. */
    public S3ArticleHandler(Settings settings, ObjectSource objects, UploadProcessor processor) {
        this.settings = settings;
        this.objects = objects;
        this.processor = processor;
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        Map<UploadProcessor.Outcome, Integer> outcomes = new EnumMap<>(UploadProcessor.Outcome.class);
        int skipped = 0;
        if (event != null && event.getRecords() != null) {
            for (S3EventNotificationRecord record : event.getRecords()) {
                Optional<ObjectLocation> location = locate(record);
                if (location.isEmpty() || !wanted(location.get().key())) {
                    skipped++;
                    continue;
                }
                outcomes.merge(handle(location.get()), 1, Integer::sum);
            }
        }
        return "outcomes=" + outcomes + " skipped=" + skipped;
    }

    private UploadProcessor.Outcome handle(ObjectLocation location) {
        try {
            return processor.process(location.recordId(), objects.read(location), location.uri());
        } catch (ArticleRejectedException e) {
            return processor.reject(location.recordId(), location.uri(), e);
        } catch (ObjectMissingException e) {
            return processor.reject(location.recordId(), location.uri(),
                    new ArticleRejectedException(RejectionReason.NOT_AN_ARTICLE, e.getMessage()));
        }
    }

    static Optional<ObjectLocation> locate(S3EventNotificationRecord record) {
        if (record == null || record.getEventName() == null || !record.getEventName().startsWith("ObjectCreated")
                || record.getS3() == null || record.getS3().getBucket() == null || record.getS3().getObject() == null) {
            return Optional.empty();
        }
        S3ObjectEntity object = record.getS3().getObject();
        if (object.getKey() == null) {
            return Optional.empty();
        }
        // S3 event keys are form-encoded ("+" is a space); decode exactly once.
        String key = URLDecoder.decode(object.getKey(), StandardCharsets.UTF_8);
        Long size = object.getSizeAsLong();
        return Optional.of(new ObjectLocation(record.getS3().getBucket().getName(), key,
                Optional.ofNullable(object.getVersionId()).filter(v -> !v.isBlank()),
                Optional.ofNullable(object.geteTag()).filter(v -> !v.isBlank()),
                size == null ? -1 : size));
    }

    private boolean wanted(String key) {
        return settings.wantsKey(key);
    }
}
