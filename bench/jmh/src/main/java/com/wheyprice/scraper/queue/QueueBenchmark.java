package com.wheyprice.scraper.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.wheyprice.catalog.api.scraping.DueListing;
import com.wheyprice.common.redis.RedisConfig;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.scraper.config.ScraperConfig;

import io.quarkus.redis.runtime.datasource.ReactiveRedisDataSourceImpl;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;

/**
 * Scrape jobs per second through the real {@link JobQueue} code on the local Redis: one
 * operation is a whole job's life in the queue (enqueue with its pending marker, claim with
 * {@code XREADGROUP}, acknowledge and delete). Run with {@code -t 1} for the latency-bound rate
 * of one worker and with more threads for the rate several workers reach together; compare with
 * {@code redis-benchmark} in the same session (bench/scraper.sh runs both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueueBenchmark {

    private Vertx vertx;
    private Redis client;
    private JobQueue queue;

    @Setup
    public void connect() {
        vertx = Vertx.vertx();
        String url = System.getProperty("redis", "redis://127.0.0.1:6379");
        client = Redis.createClient(vertx, new io.vertx.redis.client.RedisOptions().setConnectionString(url).setMaxPoolSize(16)
                .setMaxPoolWaiting(1024));
        // the mapping outside Quarkus: with Quarkus's converter for durations such as "2m"
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ScraperConfig.class).withMapping(RedisConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValue("redis.key-prefix", "bench-" + UUID.randomUUID())
                .build();
        queue = new JobQueue(new ReactiveRedisDataSourceImpl(vertx, client, RedisAPI.api(client)),
                new RedisKeys(config.getConfigMapping(RedisConfig.class)),
                new ObjectMapper().registerModule(new JavaTimeModule()), config.getConfigMapping(ScraperConfig.class));
    }

    @TearDown
    public void disconnect() {
        client.close();
        vertx.closeAndAwait();
    }

    /** One job through the queue; each thread is its own consumer, as each worker is. */
    @Benchmark
    public void enqueueClaimAcknowledge() {
        DueListing listing = new DueListing(UUID.randomUUID(), "https://shop.example/p", null, null, null,
                new DueListing.Retailer(UUID.randomUUID(), "shop", "shop.example", "INR", null, null, null, 30, null));
        ScrapeJob job = ScrapeJob.first(listing, null, Instant.EPOCH);
        String consumer = "bench-" + Thread.currentThread().getId();
        queue.enqueue(job).await().indefinitely();
        List<QueuedJob> claimed = queue.claim(consumer, 1).await().indefinitely();
        for (QueuedJob held : claimed) {
            queue.complete(held).await().indefinitely();
        }
    }
}
