package org.newssentinel.bench.coldstart;

import java.lang.management.ManagementFactory;
import org.newssentinel.aws.AwsClients;

/**
 * The cold-start baseline: a JVM that builds the same three SDK clients as the handler, through the
 * same factory and with the same environment, sends nothing, and exits. Prints the milliseconds from
 * JVM start to the clients built.
 */
public final class ClientsOnlyMain {

    private ClientsOnlyMain() {
    }

    public static void main(String[] args) {
        AwsClients clients = AwsClients.create(System.getenv("AWS_REGION"));
        long done = System.currentTimeMillis();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("elapsed_ms=" + (done - start) + " clients=" + (clients.s3() != null));
    }
}
