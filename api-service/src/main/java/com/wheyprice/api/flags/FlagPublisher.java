package com.wheyprice.api.flags;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.common.flags.Flags;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Creates the platform's flags on first start and keeps Redis in step with the database: on
 * start and every half minute every flag is published again, so a Redis that lost its data or a
 * publish that failed is healed without anyone touching a flag.
 */
@ApplicationScoped
public class FlagPublisher {

    private static final Logger LOG = Logger.getLogger(FlagPublisher.class);

    static final List<Flag.Seed> SEEDS = List.of(
            new Flag.Seed(Flags.DISCOVERY_SUBMISSIONS, true, 100,
                    "Emergency switch: when off, catalog-service refuses new product discovery submissions (503)"),
            new Flag.Seed(Flags.SCRAPER_PROXY_ROTATION, false, 100,
                    "Performance toggle: when on, scraper-service sends fetches through its proxy list (overrides ENABLE_PROXY_ROTATION)"),
            new Flag.Seed(Flags.BEST_VALUE_LAB_TESTED, true, 0,
                    "Gradual rollout: best-value rankings use lab-tested protein where a brand has a test, for this share of users"));

    private final FlagStore store;

    FlagPublisher(FlagStore store) {
        this.store = store;
    }

    void onStart(@Observes StartupEvent event) {
        store.seed(SEEDS).chain(store::publishAll).await().atMost(Duration.ofSeconds(30));
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> republish() {
        return store.publishAll().onFailure().invoke(error -> LOG.warnf("feature flags not republished: %s", error.getMessage()))
                .onFailure().recoverWithNull();
    }
}
