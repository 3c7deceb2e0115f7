package com.wheyprice.common.flags;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Feature flags as every service reads them: api-service stores them and publishes each to a
 * Redis hash ({@code <prefix>:flags}, name → {@code enabled,rollout}); this client keeps a copy in
 * memory and reads the hash again every {@value #REFRESH_SECONDS} seconds, so a change reaches
 * every instance within that time without a restart. If Redis cannot be read, the last values
 * stay; a flag never seen answers the caller's default. A percentage rollout is sticky: a
 * subject (a user id) falls in the same one of 100 buckets of a flag every time, and stays in
 * when the percentage grows.
 */
@ApplicationScoped
public class FeatureFlags {

    static final int REFRESH_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(FeatureFlags.class);

    /** One flag's state. */
    public record Flag(boolean enabled, int rolloutPercent) {

        /** {@code enabled,rollout}, as published. */
        public String encode() {
            return enabled + "," + rolloutPercent;
        }

        static Flag decode(String value) {
            String[] parts = value.split(",");
            return new Flag(Boolean.parseBoolean(parts[0]), Integer.parseInt(parts[1].trim()));
        }

        /**
         * On for this subject: the flag is enabled and the subject's bucket is inside the rollout.
         * Without a subject (an anonymous caller) only a full rollout counts.
         */
        public boolean onFor(String flag, String subject) {
            return enabled && (subject == null ? rolloutPercent >= 100 : bucket(flag, subject) < rolloutPercent);
        }
    }

    private final ReactiveRedisDataSource redis;
    private final String key;
    private final Vertx vertx;
    private final Map<String, Flag> flags = new ConcurrentHashMap<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Uni<Void> firstLoad;
    private long timer = -1;

    FeatureFlags(ReactiveRedisDataSource redis, RedisKeys keys, Vertx vertx) {
        this.redis = redis;
        this.key = hashKey(keys);
        this.vertx = vertx;
    }

    /** The Redis hash the flags are published to. */
    public static String hashKey(RedisKeys keys) {
        return keys.key("flags");
    }

    /** Whether the flag is enabled (a switch: rollout does not matter); waits for the first read from Redis. */
    public Uni<Boolean> isOn(String name, boolean whenUnknown) {
        return loaded().map(ignored -> cachedIsOn(name, whenUnknown));
    }

    /** Whether the flag is on for this subject (enabled, and the subject inside the rollout percentage); {@code null} for anonymous. */
    public Uni<Boolean> isOnFor(String name, String subject, boolean whenUnknown) {
        return loaded().map(ignored -> {
            Flag flag = flags.get(name);
            return flag == null ? whenUnknown : flag.onFor(name, subject);
        });
    }

    /** As {@link #isOn}, from the copy in memory only, for code that cannot wait. */
    public boolean cachedIsOn(String name, boolean whenUnknown) {
        start();
        Flag flag = flags.get(name);
        return flag == null ? whenUnknown : flag.enabled();
    }

    /** Which of 100 buckets a subject falls in for a flag; the same every time. */
    static int bucket(String flag, String subject) {
        CRC32 crc = new CRC32();
        crc.update((flag + ":" + subject).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 100);
    }

    private Uni<Void> loaded() {
        start();
        return firstLoad;
    }

    private void start() {
        if (started.compareAndSet(false, true)) {
            firstLoad = refresh().memoize().indefinitely();
            firstLoad.subscribe().with(ignored -> { }, error -> { });
            timer = vertx.setPeriodic(Duration.ofSeconds(REFRESH_SECONDS).toMillis(),
                    id -> refresh().subscribe().with(ignored -> { }, error -> { }));
        }
    }

    private Uni<Void> refresh() {
        return redis.hash(String.class).hgetall(key)
                .invoke(published -> {
                    published.forEach((name, value) -> {
                        try {
                            flags.put(name, Flag.decode(value));
                        } catch (RuntimeException e) {
                            LOG.warnf("feature flag %s has an unreadable value '%s'; kept as it was", name, value);
                        }
                    });
                    flags.keySet().retainAll(published.keySet());
                })
                .onFailure().invoke(error -> LOG.debugf("feature flags not refreshed (%s); keeping the last values", error.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @PreDestroy
    void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }
}
