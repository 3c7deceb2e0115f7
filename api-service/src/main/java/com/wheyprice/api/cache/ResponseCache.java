package com.wheyprice.api.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.api.config.ApiConfig;
import com.wheyprice.common.redis.LuaScript;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Public catalog answers kept in Redis, shared by every api-service instance, each with the
 * catalog version it was made from and an ETag (a digest of its body). An entry is fresh while
 * the catalog version has not moved and it is younger than fresh-for; an older one is kept until
 * max-stale, to be served, marked stale, while catalog-service is down.
 */
@ApplicationScoped
public class ResponseCache {

    /** Returns {current version, and, if there is an entry: its version, age in ms, ETag, content type, body, Link}. */
    private static final LuaScript LOOKUP = new LuaScript(LuaScript.NOW_MS + """
            local current = redis.call('GET', KEYS[2]) or '0'
            local entry = redis.call('HMGET', KEYS[1], 'generation', 'stored', 'etag', 'type', 'body', 'link')
            if not entry[1] then return {current} end
            return {current, entry[1], tostring(now - tonumber(entry[2])), entry[3], entry[4], entry[5], entry[6] or ''}""");
    private static final LuaScript STORE = new LuaScript(LuaScript.NOW_MS + """
            redis.call('HSET', KEYS[1], 'generation', ARGV[1], 'stored', now, 'etag', ARGV[2], 'type', ARGV[3], 'body', ARGV[4],
                       'link', ARGV[6])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            return 1""");

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final CatalogGeneration generation;
    private final ApiConfig.Cache config;

    ResponseCache(ReactiveRedisDataSource redis, RedisKeys keys, CatalogGeneration generation, ApiConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.generation = generation;
        this.config = config.cache();
    }

    /** A cached answer (or none) and the catalog version now. */
    public record Lookup(String generation, Entry entry) {
    }

    /** One cached answer; {@code fresh} when it may be served without asking catalog-service; {@code link} empty when it had none. */
    public record Entry(boolean fresh, Duration age, String etag, String contentType, String body, String link) {
    }

    public Uni<Lookup> lookup(String resource) {
        return LOOKUP.run(redis, List.of(key(resource), generation.key())).map(this::lookup);
    }

    private Lookup lookup(Response reply) {
        String current = reply.get(0).toString();
        if (reply.size() == 1) {
            return new Lookup(current, null);
        }
        Duration age = Duration.ofMillis(Long.parseLong(reply.get(2).toString()));
        boolean fresh = current.equals(reply.get(1).toString()) && age.compareTo(config.freshFor()) < 0;
        return new Lookup(current, new Entry(fresh, age, reply.get(3).toString(), reply.get(4).toString(), reply.get(5).toString(),
                reply.get(6).toString()));
    }

    /** Keeps an answer (and its {@code Link} header, empty if none) made from catalog version {@code generation}; returns its ETag. */
    public Uni<String> store(String resource, String generation, String contentType, String body, String link) {
        String etag = etag(body);
        return STORE.run(redis, List.of(key(resource)), generation, etag, contentType, body, Long.toString(config.maxStale().toMillis()),
                        link)
                .replaceWith(etag);
    }

    /** A strong ETag: the body's SHA-256, shortened. */
    public static String etag(String body) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(body)).substring(0, 22) + "\"";
    }

    private String key(String resource) {
        return keys.key("api", "cache", Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(resource)));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
