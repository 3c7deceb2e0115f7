package com.wheyprice.common.redis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Redis settings beyond the connection ({@code REDIS_URL}, which the Redis client reads). */
@ConfigMapping(prefix = "redis")
public interface RedisConfig {

    /** {@code REDIS_KEY_PREFIX}: first segment of every key, so several suites (or test runs) can share one Redis. */
    @WithDefault("whey")
    String keyPrefix();
}
