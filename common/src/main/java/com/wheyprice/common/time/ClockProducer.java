package com.wheyprice.common.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one source of "now" in every service: code that needs the time injects this
 * {@link Clock} instead of calling {@code Instant.now()}, so a test can build its instants
 * from the same clock, or replace it with a fixed one, and nothing depends on the hour or the
 * date the suite happens to run at. Times compared inside Redis scripts stay the Redis
 * server's clock ({@code LuaScript.NOW_MS}), so that instances never mix two clocks.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
