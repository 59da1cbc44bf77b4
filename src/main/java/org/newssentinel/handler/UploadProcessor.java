package org.newssentinel.handler;

import java.time.Clock;
import org.newssentinel.alert.Alert;
import org.newssentinel.alert.Alerter;
import org.newssentinel.pipeline.Analysis;
import org.newssentinel.pipeline.ArticlePipeline;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RawDocument;
import org.newssentinel.store.ArticleRecord;
import org.newssentinel.store.SummaryStore;

/**
 * Handles one uploaded document end to end: analyse, record, alert. Shared by the Lambda handler
 * and the CLI's watch mode so both behave the same. A rejected article is recorded, not thrown;
 * store and alert failures are thrown so that the platform retries the event.
 */
public final class UploadProcessor {

    /** What happened to one upload. */
    public enum Outcome { ANALYSED, ALERTED, REJECTED, DUPLICATE }

    private final ArticlePipeline pipeline;
    private final SummaryStore store;
    private final Alerter alerter;
    private final Clock clock;

    public UploadProcessor(ArticlePipeline pipeline, SummaryStore store, Alerter alerter, Clock clock) {
        this.pipeline = pipeline;
        this.store = store;
        this.alerter = alerter;
        this.clock = clock;
    }

    public Outcome process(String recordId, RawDocument document, String location) {
        Analysis analysis;
        try {
            analysis = pipeline.process(document);
        } catch (ArticleRejectedException e) {
            return reject(recordId, document.source(), e);
        }
        if (!store.save(ArticleRecord.analysed(recordId, analysis, clock.instant()))) {
            return Outcome.DUPLICATE;
        }
        if (analysis.alert()) {
            alerter.publish(new Alert(analysis, location));
            return Outcome.ALERTED;
        }
        return Outcome.ANALYSED;
    }

    /** Records an input that was rejected before or during analysis. */
    public Outcome reject(String recordId, String source, ArticleRejectedException e) {
        boolean fresh = store.save(ArticleRecord.rejected(recordId, source, e.reason(), e.getMessage(), clock.instant()));
        return fresh ? Outcome.REJECTED : Outcome.DUPLICATE;
    }
}
