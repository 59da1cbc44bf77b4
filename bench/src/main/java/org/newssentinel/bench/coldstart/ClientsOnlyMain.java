package org.newssentinel.bench.coldstart;

import java.lang.management.ManagementFactory;
import org.newssentinel.aws.AwsClients;

/**
 * The cold-start baseline: a JVM that builds the same three SDK clients as the handler, through the
 * same factory and with the same environment, sends nothing, and exits. Prints the milliseconds from
 * JVM start to the clients built, and the process's CPU time by then.
 */
public final class ClientsOnlyMain {

    private ClientsOnlyMain() {
    }

    public static void main(String[] args) {
        AwsClients clients = AwsClients.create(System.getenv("AWS_REGION"));
        long done = System.currentTimeMillis();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("elapsed_ms=" + (done - start) + " cpu_ms=" + processCpuMillis() + " clients=" + (clients.s3() != null));
    }

    /**
     * CPU time of the whole process so far: unlike the elapsed time, it hardly depends on what else
     * runs on the machine, so it compares builds on a busy one. Read after the measured point.
     */
    static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
                / 1_000_000;
    }
}
