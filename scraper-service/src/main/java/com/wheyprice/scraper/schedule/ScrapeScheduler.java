package com.wheyprice.scraper.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.catalog.api.scraping.DueListing;
import com.wheyprice.common.redis.LeaderLease;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.scraper.catalog.CatalogGateway;
import com.wheyprice.scraper.config.ScraperConfig;
import com.wheyprice.scraper.queue.JobQueue;
import com.wheyprice.scraper.queue.ScrapeJob;
import com.wheyprice.scraper.work.TracedWork;
import com.wheyprice.scraper.work.Traceparent;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Fills the queue. On every round the leader (one instance at a time, see {@link LeaderLease})
 * asks catalog-service for the listings that are due (catalog owns the intervals, per-retailer
 * overrides and jitter) and enqueues a job for each, unless the queue is already deep. Every
 * instance moves retries whose time has come back into the queue.
 */
@ApplicationScoped
public class ScrapeScheduler {

    private static final Logger LOG = Logger.getLogger(ScrapeScheduler.class);

    private final LeaderLease lease;
    private final CatalogGateway catalog;
    private final JobQueue queue;
    private final ScraperConfig.Schedule config;
    private final Tracer tracer;
    private final Vertx vertx;
    private final Clock clock;

    ScrapeScheduler(ReactiveRedisDataSource redis, RedisKeys keys, CatalogGateway catalog, JobQueue queue, ScraperConfig config, Tracer tracer,
            Vertx vertx, Clock clock) {
        this.lease = new LeaderLease(redis, keys.key("scrape", "leader"), config.schedule().lease());
        this.catalog = catalog;
        this.queue = queue;
        this.config = config.schedule();
        this.tracer = tracer;
        this.vertx = vertx;
        this.clock = clock;
    }

    @Scheduled(every = "${scraper.schedule.every:30s}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> round() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return lease.lead()
                .chain(leading -> leading ? enqueueDue() : Uni.createFrom().item(0))
                .invoke(enqueued -> {
                    if (enqueued > 0) {
                        LOG.infof("enqueued %d due listings", enqueued);
                    }
                })
                .onFailure().invoke(error -> LOG.warnf("scheduling round skipped: %s", error.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> promoteRetries() {
        return queue.promoteDueRetries().replaceWithVoid().onFailure().recoverWithNull();
    }

    void stepDown(@Observes ShutdownEvent event) {
        lease.release().onFailure().recoverWithNull().await().atMost(Duration.ofSeconds(2));
    }

    /** A round's trace starts here: the claim from catalog, and every job it enqueues, whose scrape continues it. */
    Uni<Integer> enqueueDue() {
        Span span = tracer.spanBuilder("schedule due listings").setSpanKind(SpanKind.PRODUCER).setNoParent().startSpan();
        return TracedWork.within(vertx, Context.root().with(span), () -> queue.depths().chain(depths -> {
            if (depths.queued() >= config.maxQueueDepth()) {
                LOG.warnf("queue holds %d jobs; no new listings claimed this round", depths.queued());
                return Uni.createFrom().item(0);
            }
            return catalog.claimDue(config.batch()).chain(this::enqueue);
        }))
                .invoke(enqueued -> span.setAttribute("whey.enqueued", enqueued))
                .onFailure().invoke(error -> span.setStatus(StatusCode.ERROR, error.getMessage()))
                .onTermination().invoke(span::end);
    }

    /** Enqueues a job per listing; returns how many were new (a listing with a job in the queue gets no second one). */
    public Uni<Integer> enqueue(List<DueListing> listings) {
        String traceparent = Traceparent.current();
        return Multi.createFrom().iterable(listings)
                .onItem().transformToUniAndConcatenate(listing -> queue.enqueue(ScrapeJob.first(listing, traceparent, clock.instant())))
                .collect().asList()
                .map(added -> (int) added.stream().filter(Boolean::booleanValue).count());
    }
}
