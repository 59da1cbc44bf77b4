package org.newssentinel.bench.coldstart;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.newssentinel.handler.S3ArticleHandler;
import org.newssentinel.handler.SnapStartHook;

/**
 * One cold start as Lambda would do it: the handler's no-argument constructor (settings and
 * endpoints from the environment), then one S3 {@code ObjectCreated} event for the bucket and key
 * given as arguments, then exit. Prints the milliseconds from JVM start to the event handled, and
 * the CPU time the process (all its threads: compiler and GC included) had used by then, and
 * when the JVM started (epoch ms, to place the calls a {@link CallTimeline} prints), and the
 * milliseconds of the event alone, from the handler ready to the event handled.
 * The object, table and topic must exist already: this JVM uploads nothing.
 */
public final class ColdStartMain {

    private ColdStartMain() {
    }

    public static void main(String[] args) {
        boolean primed = args.length == 3 && args[2].equals(PRIMED);
        if (args.length != 2 && !primed) {
            System.err.println("usage: ColdStartMain BUCKET KEY [" + PRIMED + "]");
            System.exit(2);
        }
        S3ArticleHandler handler = new S3ArticleHandler();
        if (primed && !SnapStartHook.runRegistered()) {
            throw new IllegalStateException("the handler registered no SnapStart hook");
        }
        long ready = System.currentTimeMillis();
        String outcome = handler.handleRequest(event(args[0], args[1]), null);
        long done = System.currentTimeMillis();
        // Read only now: the management classes are not part of the start being measured.
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("elapsed_ms=" + (done - start) + " cpu_ms=" + ClientsOnlyMain.processCpuMillis() + " start_ms=" + start
                + " event_ms=" + (done - ready) + " " + outcome);
    }

    /**
     * Third argument: run the SnapStart hook after the constructor, as before a snapshot, so the
     * event is handled from the state a restored snapshot starts in.
     */
    static final String PRIMED = "--primed";

    static S3Event event(String bucket, String key) {
        var object = new S3EventNotification.S3ObjectEntity(key, 1L, "", null, "0A1B2C3D4E5F678901");
        var s3 = new S3EventNotification.S3Entity("bench", new S3EventNotification.S3BucketEntity(bucket,
                new S3EventNotification.UserIdentityEntity("bench"), "arn:aws:s3:::" + bucket), object, "1.0");
        var record = new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                "1970-01-01T00:00:00.000Z", "2.1", null, null, s3, null);
        return new S3Event(List.of(record));
    }
}
