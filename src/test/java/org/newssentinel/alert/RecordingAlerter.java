package org.newssentinel.alert;

import java.util.ArrayList;
import java.util.List;

/** Keeps what it was asked to publish, for unit tests; can fail its next publishes like a throttled SNS. */
public final class RecordingAlerter implements Alerter {

    private final List<Alert> sent = new ArrayList<>();
    private int failNext;

    public synchronized void failNext(int n) {
        failNext = n;
    }

    @Override
    public synchronized void publish(Alert alert) {
        if (failNext > 0) {
            failNext--;
            throw new IllegalStateException("Throttling: Rate exceeded (simulated)");
        }
        sent.add(alert);
    }

    public synchronized List<Alert> sent() {
        return List.copyOf(sent);
    }
}
