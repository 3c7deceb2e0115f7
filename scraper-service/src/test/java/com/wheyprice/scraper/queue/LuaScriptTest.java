package com.wheyprice.scraper.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import com.wheyprice.common.redis.LuaScript;
import com.wheyprice.scraper.ScraperTestResource;

/** The queue's and throttle's scripts go by digest, and still run when Redis has forgotten them (a restart, SCRIPT FLUSH). */
@QuarkusTest
@QuarkusTestResource(value = ScraperTestResource.class, restrictToAnnotatedClass = true)
class LuaScriptTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    ReactiveRedisDataSource redis;

    @Test
    void aScriptRedisDoesNotKnowIsSentInFullOnceThenRunsByDigest() {
        String marker = "-- " + UUID.randomUUID();
        LuaScript script = new LuaScript("return ARGV[1] .. redis.call('TYPE', KEYS[1])['ok'] " + marker);
        redis.execute("SCRIPT", "FLUSH").await().atMost(WAIT);

        assertThat(script.run(redis, List.of("lua-script-test:none"), "first:").await().atMost(WAIT).toString()).isEqualTo("first:none");
        assertThat(script.run(redis, List.of("lua-script-test:none"), "again:").await().atMost(WAIT).toString()).isEqualTo("again:none");

        redis.execute("SCRIPT", "FLUSH").await().atMost(WAIT);
        assertThat(script.run(redis, List.of("lua-script-test:none"), "after flush:").await().atMost(WAIT).toString())
                .isEqualTo("after flush:none");
    }
}
