package org.newssentinel.alert;

/** Delivers alerts. A failure to deliver is thrown, never swallowed, so the caller can retry. */
public interface Alerter {
    void publish(Alert alert);
}
