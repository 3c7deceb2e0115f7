package com.wheyprice.scraper.work;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.scraper.queue.JobQueue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Exports the queue's sizes as gauges — jobs queued (waiting or in flight), in flight, waiting
 * to retry, dead letters — read from Redis every few seconds rather than on every metrics scrape.
 */
@ApplicationScoped
public class QueueGauges {

    private final JobQueue queue;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong retrying = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();

    QueueGauges(JobQueue queue, MeterRegistry metrics) {
        this.queue = queue;
        Gauge.builder("whey_scrape_queue_depth", queued, AtomicLong::get).description("Scrape jobs waiting or in flight").register(metrics);
        Gauge.builder("whey_scrape_queue_in_flight", inFlight, AtomicLong::get).description("Scrape jobs claimed and not yet acknowledged")
                .register(metrics);
        Gauge.builder("whey_scrape_queue_retrying", retrying, AtomicLong::get).description("Scrape jobs waiting for their next attempt")
                .register(metrics);
        Gauge.builder("whey_scrape_queue_dead_letters", deadLetters, AtomicLong::get).description("Scrape jobs on the dead-letter stream")
                .register(metrics);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return queue.depths().invoke(depths -> {
            queued.set(depths.queued());
            inFlight.set(depths.inFlight());
            retrying.set(depths.retrying());
            deadLetters.set(depths.deadLetters());
        }).replaceWithVoid().onFailure().recoverWithNull();
    }
}
