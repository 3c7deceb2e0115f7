package com.wheyprice.scraper.work;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.scraper.config.ScraperConfig;
import com.wheyprice.scraper.queue.JobQueue;
import com.wheyprice.scraper.queue.QueuedJob;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Runs this instance's workers: each is a loop that first takes over jobs whose worker died, then
 * claims new ones, and works them one at a time. A worker whose Redis call fails (Redis restarting,
 * say) waits a moment and carries on, so workers reconnect by themselves. Each instance is its own
 * set of consumers in the group, so instances share the queue and never receive the same job.
 */
@ApplicationScoped
public class WorkerPool {

    private static final Logger LOG = Logger.getLogger(WorkerPool.class);
    private static final Duration AFTER_ERROR = Duration.ofSeconds(1);

    private final JobQueue queue;
    private final ScrapeWorker worker;
    private final ScraperConfig config;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean stopping;

    WorkerPool(JobQueue queue, ScrapeWorker worker, ScraperConfig config) {
        this.queue = queue;
        this.worker = worker;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        for (int i = 0; i < config.workers(); i++) {
            String consumer = "scraper-" + instance + "-" + i;
            running.incrementAndGet();
            loop(consumer);
        }
        LOG.infof("%d scrape workers started (consumers scraper-%s-*)", config.workers(), instance);
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Workers still looping (for tests and shutdown). */
    public int running() {
        return running.get();
    }

    private void loop(String consumer) {
        if (stopping) {
            running.decrementAndGet();
            return;
        }
        queue.takeOverStale(consumer, 1)
                .chain(stale -> stale.isEmpty() ? queue.claim(consumer, 1) : Uni.createFrom().item(stale))
                .chain(this::workAll)
                .subscribe().with(ignored -> loop(consumer), error -> {
                    if (!stopping) {
                        LOG.warnf("scrape worker %s: %s; trying again in %s", consumer, error.getMessage(), AFTER_ERROR);
                    }
                    Uni.createFrom().voidItem().onItem().delayIt().by(AFTER_ERROR).subscribe().with(ignored -> loop(consumer));
                });
    }

    private Uni<Void> workAll(List<QueuedJob> jobs) {
        return Multi.createFrom().iterable(jobs).onItem().transformToUniAndConcatenate(worker::work).collect().last().replaceWithVoid();
    }
}
