package org.newssentinel.alert;

import java.util.Objects;
import org.newssentinel.pipeline.Analysis;

/**
 * An alert to deliver: the analysis that fired and where its original lives.
 *
 * @param location the original object, e.g. {@code s3://bucket/key} or a local path
 */
public record Alert(Analysis analysis, String location) {
    public Alert {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(location, "location");
    }
}
