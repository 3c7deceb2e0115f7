package com.wheyprice.common.health;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.smallrye.health.api.AsyncHealthCheck;
import io.vertx.core.Vertx;

/**
 * Checks the database and Redis on a fixed period, whether or not an orchestrator probes the
 * service, and exports what it saw: {@code whey_dependency_up{dependency}} (1 or 0) and
 * {@code whey_dependency_failures_total{dependency}}. The alert on database connection failures
 * reads them; readiness probes alone would leave no trace between scrapes.
 */
@Startup
@ApplicationScoped
public class DependencyMonitor {

    /** One dependency: how to check it, and the two meters its checks feed. */
    private record Watched(AsyncHealthCheck check, AtomicInteger up, Counter failures) {

        void record(HealthCheckResponse response) {
            boolean healthy = response.getStatus() == HealthCheckResponse.Status.UP;
            up.set(healthy ? 1 : 0);
            if (!healthy) {
                failures.increment();
            }
        }
    }

    private final List<Watched> watched;
    private final Vertx vertx;
    private final long timer;

    DependencyMonitor(@Readiness DatabaseHealthCheck database, @Readiness RedisHealthCheck redis, MeterRegistry registry, Vertx vertx,
            HealthConfig config) {
        this.watched = List.of(watch("database", database, registry), watch("redis", redis, registry));
        this.vertx = vertx;
        this.timer = vertx.setPeriodic(config.monitorInterval().toMillis(), ignored -> watched.forEach(
                dependency -> dependency.check().call().subscribe().with(dependency::record)));
    }

    private static Watched watch(String dependency, AsyncHealthCheck check, MeterRegistry registry) {
        return new Watched(check, registry.gauge("whey_dependency_up", Tags.of("dependency", dependency), new AtomicInteger(1)),
                Counter.builder("whey_dependency_failures").tag("dependency", dependency)
                        .description("checks of a dependency that failed or timed out").register(registry));
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(timer);
    }
}
