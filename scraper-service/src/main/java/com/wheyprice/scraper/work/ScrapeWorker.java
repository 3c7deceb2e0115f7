package com.wheyprice.scraper.work;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.catalog.api.scraping.DueListing;
import com.wheyprice.catalog.api.scraping.ScrapeResults;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.scraper.config.ScraperConfig;
import com.wheyprice.scraper.deadletter.DeadLetters;
import com.wheyprice.scraper.extract.Extraction;
import com.wheyprice.scraper.extract.Extractor;
import com.wheyprice.scraper.fetch.FetchException;
import com.wheyprice.scraper.fetch.PoliteFetcher;
import com.wheyprice.scraper.fetch.Postponed;
import com.wheyprice.scraper.queue.JobQueue;
import com.wheyprice.scraper.queue.QueuedJob;
import com.wheyprice.scraper.queue.ScrapeJob;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Vertx;

/**
 * Works one job from fetch to acknowledgement: fetch politely, extract, hand the result to
 * catalog-service, and acknowledge only once catalog has it. A passing failure is retried later
 * with exponential backoff and jitter; after the last attempt the job is dead-lettered and catalog
 * is told the scrape failed (it keeps the last good price). While a job is worked its listing is
 * locked in Redis, so even a job taken over from a slow (not dead) worker is never scraped twice
 * at once, and a job still being worked is kept claimed so that it is not taken over at all.
 * If catalog cannot take the result, the worker offers it again for a while; if catalog stays
 * away, the job stays unacknowledged and is taken over after the visibility timeout: nothing is
 * lost, and the job id keeps catalog from recording it twice.
 */
@ApplicationScoped
public class ScrapeWorker {

    private static final Logger LOG = Logger.getLogger(ScrapeWorker.class);
    private static final Duration HAND_IN_FIRST_WAIT = Duration.ofMillis(250);
    private static final Duration HAND_IN_LONGEST_WAIT = Duration.ofSeconds(5);

    private final JobQueue queue;
    private final PoliteFetcher fetcher;
    private final ResultBatcher results;
    private final DeadLetters deadLetters;
    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final ObjectMapper json;
    private final ScraperConfig.Queue config;
    private final MeterRegistry metrics;
    private final Tracer tracer;
    private final Vertx vertx;
    private final Clock clock;

    ScrapeWorker(JobQueue queue, PoliteFetcher fetcher, ResultBatcher results, DeadLetters deadLetters, ReactiveRedisDataSource redis,
            RedisKeys keys, ObjectMapper json, ScraperConfig config, MeterRegistry metrics, Tracer tracer, Vertx vertx, Clock clock) {
        this.queue = queue;
        this.fetcher = fetcher;
        this.results = results;
        this.deadLetters = deadLetters;
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.config = config.queue();
        this.metrics = metrics;
        this.tracer = tracer;
        this.vertx = vertx;
        this.clock = clock;
    }

    /** Works the job; completes when it is acknowledged, put back, or left for a take-over. Never fails. */
    public Uni<Void> work(QueuedJob queued) {
        ScrapeJob job = queued.job();
        Span span = tracer.spanBuilder("scrape " + job.listing().retailer().slug()).setSpanKind(SpanKind.CONSUMER)
                .setParent(Traceparent.parent(job.traceparent()))
                .setAttribute("whey.job_id", job.jobId()).setAttribute("whey.listing_id", job.listing().listingId().toString())
                .setAttribute("whey.attempt", job.attempt()).startSpan();
        String lock = keys.key("scrape", "lock", job.listing().listingId().toString());
        return redis.value(String.class).setnx(lock, job.jobId())
                .chain(locked -> {
                    if (!locked) {
                        LOG.debugf("listing %s is being scraped by another worker; job %s left for later", job.listing().listingId(), job.jobId());
                        return Uni.createFrom().voidItem();
                    }
                    Cancellable heartbeat = keepClaimed(queued, lock);
                    return redis.key().pexpire(lock, config.visibilityTimeout())
                            .chain(() -> TracedWork.within(vertx, Context.root().with(span), () -> scrape(queued)))
                            .eventually(() -> {
                                heartbeat.cancel();
                                return redis.key().del(lock).onFailure().recoverWithNull();
                            });
                })
                .onFailure().invoke(error -> {
                    span.recordException(error);
                    span.setStatus(StatusCode.ERROR);
                    LOG.warnf("job %s for listing %s not finished (%s); it will be taken over after the visibility timeout", job.jobId(),
                            job.listing().listingId(), error.getMessage());
                })
                .onFailure().recoverWithNull()
                .eventually(() -> span.end());
    }

    /**
     * While the job is worked (a long wait for a busy domain's turn, catalog slow to answer), it
     * is kept from being taken over: a third of the visibility timeout at a time. A worker that
     * dies stops this, and its job is taken over one visibility timeout later.
     */
    private Cancellable keepClaimed(QueuedJob queued, String lock) {
        Duration every = config.visibilityTimeout().dividedBy(3);
        return Multi.createFrom().ticks().startingAfter(every).every(every)
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> queue.keepClaimed(queued, lock, config.visibilityTimeout())
                        .onFailure().recoverWithItem(true))
                .subscribe().with(stillMine -> {
                    if (!stillMine) {
                        LOG.debugf("job %s was taken over while this worker still had it", queued.job().jobId());
                    }
                });
    }

    private Uni<Void> scrape(QueuedJob queued) {
        ScrapeJob job = queued.job();
        DueListing listing = job.listing();
        return fetcher.fetch(URI.create(listing.url()), manners(listing.retailer()))
                .chain(page -> Uni.createFrom().item(() -> JobOutcome.fromPage(job, page, extract(listing, page.body(), page.url().toString()), clock.instant()))
                        .onFailure().transform(error -> FetchException.retryable("extraction failed: " + error.getClass().getSimpleName()
                                + ": " + error.getMessage())))
                .chain(result -> finish(queued, result))
                .onFailure(Postponed.class).recoverWithUni(error -> {
                    Duration wait = ((Postponed) error).waitFor();
                    count(job, "postponed");
                    return queue.retryLater(queued, job, wait.plusMillis(ThreadLocalRandom.current().nextLong(250, 1000)));
                })
                .onFailure(FetchException.class).recoverWithUni(error -> failed(queued, (FetchException) error));
    }

    private Extraction extract(DueListing listing, String html, String url) {
        DueListing.Retailer retailer = listing.retailer();
        Extraction extraction = Extractor.extract(new Extraction.Request(html, url, retailer.priceSelector(), retailer.listPriceSelector(),
                retailer.availabilitySelector(), listing.matchSku(), listing.gtin(), retailer.currency()));
        metrics.counter("whey_scrape_extractions_total", "method", extraction.method().name().toLowerCase()).increment();
        return extraction;
    }

    private Uni<Void> failed(QueuedJob queued, FetchException failure) {
        ScrapeJob job = queued.job();
        if (!failure.retryable()) {
            return finish(queued, JobOutcome.fromFailure(job, failure, clock.instant()));
        }
        if (job.attempt() >= config.maxAttempts()) {
            count(job, "dead_letter");
            return deadLetters.record(job, failure.getMessage())
                    .chain(() -> handIn(JobOutcome.gaveUp(job, failure.getMessage(), clock.instant())))
                    .chain(() -> queue.deadLetter(queued, failure.getMessage()));
        }
        count(job, "retry");
        return queue.retryLater(queued, job.nextAttempt(failure.getMessage()), backoff(job.attempt()));
    }

    private Uni<Void> finish(QueuedJob queued, ScrapeResults.Result result) {
        return handIn(result)
                .chain(() -> queue.complete(queued))
                .invoke(() -> count(queued.job(), result.outcome().name().toLowerCase()));
    }

    /**
     * Offers the result to catalog until it is taken or the patience runs out. A result in hand is
     * worth keeping: catalog restarting, or its circuit breaker letting one call through while
     * half-open, would otherwise cost the retailer a second fetch of the page. The job stays
     * claimed meanwhile, and catalog recognises a result it already took by its job id.
     */
    private Uni<Void> handIn(ScrapeResults.Result result) {
        return Uni.createFrom().deferred(() -> results.handIn(result))
                .onFailure().retry().withBackOff(HAND_IN_FIRST_WAIT, HAND_IN_LONGEST_WAIT).expireIn(config.handInPatience().toMillis())
                .onFailure().transform(CatalogUnavailable::new);
    }

    /** About base × 2^(attempt−1), between half and all of it (full jitter would allow retries right away), capped. */
    Duration backoff(int attempt) {
        long base = config.backoffBase().toMillis();
        long exponential = base * (1L << Math.min(20, attempt - 1));
        long capped = Math.min(exponential, config.backoffMax().toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private void count(ScrapeJob job, String outcome) {
        metrics.counter("whey_scrape_jobs_total", "outcome", outcome, "retailer", job.listing().retailer().slug()).increment();
    }

    private PoliteFetcher.Manners manners(DueListing.Retailer retailer) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (retailer.requestHeaders() != null && !retailer.requestHeaders().isBlank()) {
            try {
                headers.putAll(json.readValue(retailer.requestHeaders(), new TypeReference<Map<String, String>>() {
                }));
            } catch (JsonProcessingException e) {
                LOG.warnf("retailer %s has unreadable request headers; sent without them", retailer.slug());
            }
        }
        headers.remove("User-Agent");
        return new PoliteFetcher.Manners(retailer.maxRequestsPerMinute(), headers);
    }

    /** catalog-service did not take a result; the job must stay unacknowledged. */
    static final class CatalogUnavailable extends RuntimeException {
        CatalogUnavailable(Throwable cause) {
            super("catalog-service did not take the result: " + cause.getMessage(), cause, false, false);
        }
    }
}
