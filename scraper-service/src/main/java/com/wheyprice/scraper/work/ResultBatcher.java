package com.wheyprice.scraper.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.scraping.ScrapeResults;
import com.wheyprice.scraper.catalog.CatalogGateway;
import com.wheyprice.scraper.config.ScraperConfig;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Gathers the results of jobs finishing around the same time into one call to catalog-service:
 * a batch goes when it is full or when its first result has waited the configured time. Each
 * worker learns whether its own result was taken, and acknowledges its job only then.
 *
 * <p>The call serves several traces at once: its span continues the trace of the batch's first
 * job and links to the others', so each job's trace leads into catalog's ingest.
 */
@ApplicationScoped
public class ResultBatcher {

    private record Waiting(ScrapeResults.Result result, SpanContext job, CompletableFuture<Void> taken) {
    }

    private final CatalogGateway catalog;
    private final Vertx vertx;
    private final ScraperConfig.Queue config;
    private final List<Waiting> batch = new ArrayList<>();
    private long timer = -1;

    private final Tracer tracer;

    ResultBatcher(CatalogGateway catalog, Vertx vertx, ScraperConfig config, Tracer tracer) {
        this.catalog = catalog;
        this.vertx = vertx;
        this.config = config.queue();
        this.tracer = tracer;
    }

    /** Completes once catalog-service has taken the result; fails if it could not. The current span is the job's. */
    public Uni<Void> handIn(ScrapeResults.Result result) {
        CompletableFuture<Void> taken = new CompletableFuture<>();
        List<Waiting> full = null;
        synchronized (this) {
            batch.add(new Waiting(result, Span.current().getSpanContext(), taken));
            if (batch.size() >= config.batchSize()) {
                full = drain();
            } else if (timer < 0) {
                timer = vertx.setTimer(Math.max(1, config.batchWait().toMillis()), id -> send(drainOnTimer()));
            }
        }
        if (full != null) {
            send(full);
        }
        return Uni.createFrom().completionStage(taken);
    }

    private synchronized List<Waiting> drainOnTimer() {
        timer = -1;
        return drain();
    }

    private List<Waiting> drain() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
        List<Waiting> out = new ArrayList<>(batch);
        batch.clear();
        return out;
    }

    private void send(List<Waiting> waiting) {
        if (waiting.isEmpty()) {
            return;
        }
        SpanBuilder builder = tracer.spanBuilder("hand in scrape results").setSpanKind(SpanKind.PRODUCER)
                .setParent(Context.root().with(Span.wrap(waiting.get(0).job()))).setAttribute("whey.results", waiting.size());
        waiting.stream().skip(1).map(Waiting::job).filter(SpanContext::isValid).forEach(builder::addLink);
        Span span = builder.startSpan();
        TracedWork.within(vertx, Context.root().with(span), () -> catalog.handIn(waiting.stream().map(Waiting::result).toList()))
                .onFailure().invoke(error -> span.setStatus(StatusCode.ERROR, error.getMessage()))
                .onTermination().invoke(span::end)
                .subscribe().with(
                        report -> waiting.forEach(one -> one.taken().complete(null)),
                        error -> waiting.forEach(one -> one.taken().completeExceptionally(error)));
    }
}
