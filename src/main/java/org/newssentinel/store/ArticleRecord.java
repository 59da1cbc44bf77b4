package org.newssentinel.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.pipeline.RejectionReason;

/**
 * What is kept about one processed input: either its analysis or the reason it was rejected.
 *
 * @param id          identifies one version of one input (e.g. {@code bucket/key#version})
 * @param source      where the input came from, as shown to analysts
 * @param processedAt when processing finished
 */
public record ArticleRecord(String id, String source, Instant processedAt, Optional<Analysis> analysis,
                            Optional<RejectionReason> rejection, Optional<String> error) {

    public ArticleRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(processedAt, "processedAt");
        if (analysis.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a record holds either an analysis or an error, not both or neither");
        }
    }

    public static ArticleRecord analysed(String id, Analysis analysis, Instant at) {
        return new ArticleRecord(id, analysis.source(), at, Optional.of(analysis), Optional.empty(), Optional.empty());
    }

    public static ArticleRecord rejected(String id, String source, RejectionReason reason, String error, Instant at) {
        return new ArticleRecord(id, source, at, Optional.empty(), Optional.of(reason), Optional.of(error));
    }

    public String status() {
        return analysis.isPresent() ? "ANALYSED" : "REJECTED";
    }
}
