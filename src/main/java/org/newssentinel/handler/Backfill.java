package org.newssentinel.handler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newssentinel.alert.Alerter;
import org.newssentinel.alert.SnsAlerter;
import org.newssentinel.aws.AwsClients;
import org.newssentinel.clean.Limits;
import org.newssentinel.config.Settings;
import org.newssentinel.ingest.ObjectLocation;
import org.newssentinel.ingest.ObjectSource;
import org.newssentinel.ingest.S3ObjectSource;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.store.DynamoDbSummaryStore;
import org.newssentinel.store.SummaryStore;
import org.newssentinel.topics.WatchTopics;
import org.newssentinel.topics.WatchTopicsException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsRequest;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/**
 * Runs the function's processing over objects already in the bucket: lists the current version
 * of every object under a prefix and reads, analyses, records and alerts on each exactly as the
 * Lambda handler does for an upload event, with the same record id, so a catch-up run skips what
 * was already processed (each reported as {@code DUPLICATE}) and processes the rest.
 *
 * <pre>
 * backfill --bucket BUCKET [--prefix PREFIX] [--rerun ID] [--no-alerts] [--dry-run]
 * </pre>
 *
 * {@code --rerun ID} records every object again under a new record id ({@code <id>@rerun-ID}), to
 * apply changed watch topics to old articles; {@code --no-alerts} records without publishing.
 * Keys outside {@code KEY_SUFFIXES} are skipped like the function skips them. Settings come from
 * the same environment variables as the function ({@code TABLE_NAME}, {@code TOPIC_ARN}, ...).
 * Prints one JSON line per object; exit code 0 when every object was handled, 1 when any failed
 * (the others are still processed), 2 on bad usage.
 */
public final class Backfill {

    static final String USAGE = "usage: news-sentinel backfill --bucket BUCKET [--prefix PREFIX] [--rerun ID] [--no-alerts] [--dry-run]\n";
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Client-side failures in a row, all alike, after which the run stops rather than wait out every object's retries. */
    static final int STOP_AFTER_CLIENT_FAILURES = 3;

    /** What to run over. */
    record Request(String bucket, String prefix, Optional<String> rerun, boolean alerts, boolean dryRun) {
    }

    private final S3Client s3;
    private final ObjectSource objects;
    private final ArticlePipeline pipeline;
    private final SummaryStore store;
    private final Alerter alerter;
    private final Clock clock;
    private final Settings settings;
    private final PrintStream out;
    private final PrintStream err;

    Backfill(S3Client s3, ObjectSource objects, ArticlePipeline pipeline, SummaryStore store, Alerter alerter, Clock clock,
             Settings settings, PrintStream out, PrintStream err) {
        this.s3 = s3;
        this.objects = objects;
        this.pipeline = pipeline;
        this.store = store;
        this.alerter = alerter;
        this.clock = clock;
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    /** The {@code backfill} command: parses its arguments, builds the AWS adapters and runs. */
    public static int command(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Request request;
        Settings settings;
        try {
            request = parse(args);
            settings = Settings.from(env);
            settings.requireTableName();
            if (request.alerts()) {
                settings.requireTopicArn();
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IllegalStateException e) {
            // A setting from the environment: the usage would not help.
            err.println("error: " + e.getMessage());
            return 2;
        }
        ArticlePipeline pipeline;
        try {
            WatchTopics topics = settings.watchTopicsFile().map(WatchTopics::load).orElseGet(WatchTopics::defaults);
            pipeline = new ArticlePipeline(topics, settings.summarySentences(), Limits.from(env));
        } catch (WatchTopicsException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        AwsClients aws = AwsClients.create(settings.region());
        Alerter alerter = request.alerts() ? new SnsAlerter(aws.sns(), settings.requireTopicArn()) : alert -> { };
        return new Backfill(aws.s3(), new S3ObjectSource(aws.s3(), settings.maxObjectBytes()), pipeline,
                new DynamoDbSummaryStore(aws.dynamo(), settings.requireTableName()), alerter, Clock.systemUTC(), settings, out, err)
                .run(request);
    }

    static Request parse(String[] args) {
        String bucket = null;
        String prefix = null;
        Optional<String> rerun = Optional.empty();
        boolean alerts = true;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bucket" -> bucket = value(args, ++i, "--bucket");
                case "--prefix" -> prefix = value(args, ++i, "--prefix");
                case "--rerun" -> {
                    String id = value(args, ++i, "--rerun");
                    if (!RUN_ID.matcher(id).matches()) {
                        throw new IllegalArgumentException("--rerun needs an id of 1-64 letters, digits, '.', '_' or '-'");
                    }
                    rerun = Optional.of(id);
                }
                case "--no-alerts" -> alerts = false;
                case "--dry-run" -> dryRun = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("backfill needs --bucket");
        }
        return new Request(bucket, prefix == null ? "" : prefix, rerun, alerts, dryRun);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Lists and processes; returns the exit code. */
    int run(Request request) {
        // The function only ever sees keys under its own prefix; a wider listing would process
        // objects the deployed function never would.
        String prefix = request.prefix().isEmpty() ? settings.keyPrefix() : request.prefix();
        if (!prefix.startsWith(settings.keyPrefix())) {
            err.println("error: --prefix \"" + prefix + "\" is outside KEY_PREFIX \"" + settings.keyPrefix() + "\"");
            return 2;
        }
        UploadProcessor processor = new UploadProcessor(pipeline, store, request.alerts() ? alerter : alert -> { }, clock);
        Map<UploadProcessor.Outcome, Integer> counts = new EnumMap<>(UploadProcessor.Outcome.class);
        int failed = 0;
        int skipped = 0;
        boolean listed = true;
        boolean stopped = false;
        int clientFailures = 0;
        String lastClientError = "";
        ListObjectVersionsRequest list = ListObjectVersionsRequest.builder().bucket(request.bucket()).prefix(prefix).build();
        try {
            for (ObjectVersion version : s3.listObjectVersionsPaginator(list).versions()) {
                // Older versions were processed (or not) when they were current; a key whose latest
                // entry is a delete marker has no current version and is not listed as latest.
                if (!Boolean.TRUE.equals(version.isLatest())) {
                    continue;
                }
                if (!settings.wantsKey(version.key())) {
                    skipped++;
                    continue;
                }
                ObjectLocation location = new ObjectLocation(request.bucket(), version.key(),
                        Optional.ofNullable(version.versionId()).filter(v -> !v.isBlank() && !v.equals("null")),
                        Optional.ofNullable(version.eTag()).map(e -> e.replace("\"", "")).filter(e -> !e.isBlank()),
                        version.size() == null ? -1 : version.size());
                String id = location.recordId() + request.rerun().map(r -> "@rerun-" + r).orElse("");
                ObjectNode line = JSON.createObjectNode().put("key", location.key());
                location.versionId().ifPresent(v -> line.put("versionId", v));
                line.put("recordId", id);
                if (request.dryRun()) {
                    out.println(line.put("outcome", "LISTED"));
                    continue;
                }
                try {
                    UploadProcessor.Outcome outcome = process(processor, id, location);
                    counts.merge(outcome, 1, Integer::sum);
                    line.put("outcome", outcome.name());
                    clientFailures = 0;
                } catch (RuntimeException e) {
                    // One bad object (throttled, unreadable) must not stop the rest of the run.
                    failed++;
                    String error = e instanceof SdkException sdk ? describe(sdk) : String.valueOf(e.getMessage());
                    line.put("outcome", "FAILED").put("error", error);
                    // ... but a client-side failure (no connection, no credentials) that repeats is
                    // the run's, not the objects': each further try would wait out every retry.
                    clientFailures = e instanceof SdkClientException && error.equals(lastClientError) ? clientFailures + 1
                            : e instanceof SdkClientException ? 1 : 0;
                    lastClientError = error;
                }
                out.println(line);
                if (clientFailures >= STOP_AFTER_CLIENT_FAILURES) {
                    stopped = true;
                    out.flush();
                    err.println("error: stopped after " + clientFailures + " objects in a row failed with \"" + lastClientError
                            + "\"; the remaining objects were not tried");
                    break;
                }
            }
        } catch (SdkException e) {
            // Pages are fetched as the loop goes: a failure may come after objects were already
            // handled, whose lines stand; what was not listed is simply not processed this run.
            listed = false;
            out.flush();
            err.println("error: cannot list s3://" + request.bucket() + "/" + prefix + ": " + describe(e));
        }
        out.flush();
        err.println("backfill s3://" + request.bucket() + "/" + prefix + ": " + counts + " failed=" + failed + " skipped=" + skipped
                + (listed ? "" : " (listing incomplete)") + (stopped ? " (stopped)" : ""));
        return failed == 0 && listed ? 0 : 1;
    }

    /** One line for an SDK failure: the service's own code and words when it answered, else the client's reason. */
    static String describe(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails().errorMessage();
            return (code == null ? "" : code + ": ") + (message == null ? "HTTP " + service.statusCode() : message);
        }
        String message = String.valueOf(e.getMessage());
        return message.replaceFirst("^Unable to execute HTTP request: ", "");
    }

    /** As the function processes an upload: an object gone since the listing is recorded missing, as an event's would be. */
    private UploadProcessor.Outcome process(UploadProcessor processor, String id, ObjectLocation location) {
        return processor.process(new UploadProcessor.Upload(id, location.uri(), Optional.of(location)), () -> objects.read(location),
                UploadProcessor.DEFAULT_CLAIM).outcome();
    }
}
