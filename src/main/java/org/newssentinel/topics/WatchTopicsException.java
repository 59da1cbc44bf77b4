package org.newssentinel.topics;

import java.util.List;

/**
 * A watch-topics file that cannot be used. The message names the file, and each problem's topic
 * and field; {@link #problems()} lists the problems one by one.
 */
public final class WatchTopicsException extends RuntimeException {

    private final List<String> problems;

    public WatchTopicsException(String message) {
        super(message);
        this.problems = List.of(message);
    }

    public WatchTopicsException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    WatchTopicsException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Each problem found, by topic and field. */
    public List<String> problems() {
        return problems;
    }
}
