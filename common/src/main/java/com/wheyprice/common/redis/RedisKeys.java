package com.wheyprice.common.redis;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Names every Redis key of the suite as {@code <prefix>:<namespace>:<part>:…}, so keys of one
 * feature share a namespace (for scans and clean-up) and a whole suite can be told apart by
 * its prefix.
 */
@ApplicationScoped
public class RedisKeys {

    private final String prefix;

    public RedisKeys(RedisConfig config) {
        this.prefix = requireSegment(config.keyPrefix(), "key prefix");
    }

    /** The key for {@code parts} inside {@code namespace}, e.g. {@code key("scrape", "queue")} → {@code whey:scrape:queue}. */
    public String key(String namespace, String... parts) {
        StringBuilder key = new StringBuilder(prefix).append(':').append(requireSegment(namespace, "namespace"));
        for (String part : parts) {
            key.append(':').append(requireSegment(part, "key part"));
        }
        return key.toString();
    }

    private static String requireSegment(String segment, String what) {
        if (segment == null || segment.isBlank()) {
            throw new IllegalArgumentException("Redis " + what + " must not be blank");
        }
        return segment;
    }
}
