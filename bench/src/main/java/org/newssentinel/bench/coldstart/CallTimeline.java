package org.newssentinel.bench.coldstart;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Prints one line per SDK call a traced cold-start JVM makes: operation, thread, and the wall
 * clock when the call began, when its request went out, when the response came back and when the
 * call returned. {@link ColdStartReport} reads these lines to split the first event into the SDK's
 * own work, the servers' time and the function's code in between.
 *
 * <p>The SDK picks this interceptor up for every client from a
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors} resource; the bench puts
 * that resource in a jar only the traced JVMs get, so the measured JVMs run exactly the product.
 */
public final class CallTimeline implements ExecutionInterceptor {

    static final String PREFIX = "sdk_call ";

    private static final ExecutionAttribute<long[]> TIMES = new ExecutionAttribute<>("bench.callTimes");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        long[] times = new long[4];
        times[0] = System.currentTimeMillis();
        attributes.putAttribute(TIMES, times);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attributes.getAttribute(TIMES)[1] = System.currentTimeMillis();
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        attributes.getAttribute(TIMES)[2] = System.currentTimeMillis();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        long[] t = attributes.getAttribute(TIMES);
        t[3] = System.currentTimeMillis();
        // One println per call: lines from the look-up threads do not interleave.
        System.out.println(PREFIX + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME) + " "
                + Thread.currentThread().getName() + " " + t[0] + " " + t[1] + " " + t[2] + " " + t[3]);
    }
}
