package org.newssentinel.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the local AWS-compatible servers once per test JVM, on 127.0.0.1 and free ports, and
 * stops them when the test run ends: dynalite (DynamoDB), s3rver (S3) and fauxqs (SNS + SQS).
 * They are installed by {@code npm ci} from the repository's {@code package-lock.json}
 * (the README's test command does it); when Node or the packages are missing the tests fail at once
 * with a message that says what to run.
 *
 * <p>The endpoints are handed to the product the way AWS users hand them to the SDK: through the
 * SDK's standard {@code aws.endpointUrlDynamoDb} / {@code aws.endpointUrlS3} /
 * {@code aws.endpointUrlSns} system properties (the equivalents of {@code AWS_ENDPOINT_URL_*}),
 * set in this forked failsafe JVM before any client is built. Credentials are {@code S3RVER},
 * the only pair s3rver accepts; the other two accept any.
 */
public final class LocalAwsServers implements BeforeAllCallback {

    public static final String ACCESS_KEY = "S3RVER";
    public static final String REGION = "us-east-1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (LocalAwsServers.class) {
            if (running == null) {
                running = start();
                // The root store closes its resources when the whole run ends, after every test class.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(LocalAwsServers.class.getName(), running);
                // And if the JVM ends another way (a crash, Ctrl-C), the node processes must not outlive it.
                Runtime.getRuntime().addShutdownHook(new Thread(running::close, "stop-local-aws-servers"));
            }
        }
    }

    public static URI dynamoEndpoint() {
        return endpoint(running().dynamoPort);
    }

    public static URI s3Endpoint() {
        return endpoint(running().s3Port);
    }

    public static URI snsEndpoint() {
        return endpoint(running().fauxqsPort);
    }

    private static URI endpoint(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static Running running() {
        if (running == null) {
            throw new IllegalStateException("the local servers are not running: annotate the test with @ExtendWith(LocalAwsServers.class)");
        }
        return running;
    }

    private static Running start() {
        Path root = projectRoot();
        String node = findNode();
        Path modules = root.resolve("node_modules");
        for (String pkg : List.of("dynalite", "s3rver", "fauxqs")) {
            if (!Files.isDirectory(modules.resolve(pkg))) {
                throw new IllegalStateException("node_modules/" + pkg + " is missing: run `npm ci` in " + root
                        + " (the README's test command does it) before the integration tests");
            }
        }
        Path logs = root.resolve("target/it-servers");
        Path s3Dir = logs.resolve("s3-data");
        try {
            // Each run starts from an empty bucket store, like the in-memory dynalite and fauxqs.
            if (Files.exists(s3Dir)) {
                try (var walk = Files.walk(s3Dir)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(s3Dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Running r = new Running();
        long started = System.nanoTime();
        try {
            r.dynamoPort = freePort();
            r.processes.add(launch(root, logs, "dynalite", Map.of(), node, "node_modules/dynalite/cli.js",
                    "--host", "127.0.0.1", "--port", Integer.toString(r.dynamoPort), "--createTableMs", "0"));
            r.s3Port = freePort();
            r.processes.add(launch(root, logs, "s3rver", Map.of(), node, "node_modules/s3rver/bin/s3rver.js",
                    "-d", s3Dir.toString(), "-a", "127.0.0.1", "-p", Integer.toString(r.s3Port), "--silent"));
            r.fauxqsPort = freePort();
            r.processes.add(launch(root, logs, "fauxqs", Map.of("FAUXQS_PORT", Integer.toString(r.fauxqsPort), "FAUXQS_LOGGER", "false"),
                    node, "src/test/node/fauxqs-loopback.mjs"));
            awaitPort("dynalite", r.processes.get(0), r.dynamoPort, logs);
            awaitPort("s3rver", r.processes.get(1), r.s3Port, logs);
            awaitPort("fauxqs", r.processes.get(2), r.fauxqsPort, logs);
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
        System.err.printf("local AWS servers up in %d ms: dynalite :%d, s3rver :%d, fauxqs :%d (logs in %s)%n",
                (System.nanoTime() - started) / 1_000_000, r.dynamoPort, r.s3Port, r.fauxqsPort, logs);
        System.setProperty("aws.endpointUrlDynamoDb", endpoint(r.dynamoPort).toString());
        System.setProperty("aws.endpointUrlS3", endpoint(r.s3Port).toString());
        System.setProperty("aws.endpointUrlSns", endpoint(r.fauxqsPort).toString());
        System.setProperty("aws.endpointUrlSqs", endpoint(r.fauxqsPort).toString());
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", ACCESS_KEY);
        System.setProperty("aws.region", REGION);
        return r;
    }

    private static Path projectRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("package.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find package.json above " + Paths.get("").toAbsolutePath());
        }
        return dir;
    }

    private static String findNode() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Paths.get(dir, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("Node.js (20 or newer) is not on the PATH: the integration tests run local "
                + "DynamoDB/S3/SNS servers on it. Install Node.js 20, run `npm ci`, then `mvn verify` again.");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    private static Process launch(Path root, Path logs, String name, Map<String, String> env, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    private static void awaitPort(String name, Process process, int port, Path logs) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " at start-up; see "
                        + logs.resolve(name + ".log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        throw new IllegalStateException(name + " did not listen on 127.0.0.1:" + port + " within " + START_TIMEOUT.toSeconds()
                + " s; see " + logs.resolve(name + ".log"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the local servers", e);
        }
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final List<Process> processes = new ArrayList<>();
        int dynamoPort;
        int s3Port;
        int fauxqsPort;

        @Override
        public void close() {
            for (Process p : processes) {
                p.destroy();
            }
            for (Process p : processes) {
                try {
                    if (!p.waitFor(5, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
