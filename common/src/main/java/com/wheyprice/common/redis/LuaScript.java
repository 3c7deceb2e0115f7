package com.wheyprice.common.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * A Lua script run atomically on Redis, sent by its SHA-1 digest ({@code EVALSHA}) so the hot
 * paths (queue steps, rate limits) do not resend the script text on every call. A Redis that
 * does not know the script yet (first call, restart, {@code SCRIPT FLUSH}) answers
 * {@code NOSCRIPT}, and the script is then sent once in full with {@code EVAL}, which also
 * caches it there.
 */
public final class LuaScript {

    /**
     * Lua that sets {@code now} to the Redis server's clock in milliseconds. Scripts that compare
     * times start with it, so every instance reads one clock, whatever its own says.
     */
    public static final String NOW_MS = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            """;

    private final String source;
    private final String sha;

    public LuaScript(String source) {
        this.source = source;
        this.sha = sha1(source);
    }

    /** Runs the script with these keys and arguments and answers Redis's reply. */
    public Uni<Response> run(ReactiveRedisDataSource redis, List<String> keys, String... args) {
        return redis.execute("EVALSHA", command(sha, keys, args))
                .onFailure(LuaScript::unknownScript).recoverWithUni(() -> redis.execute("EVAL", command(source, keys, args)));
    }

    private static String[] command(String script, List<String> keys, String... args) {
        List<String> command = new ArrayList<>(2 + keys.size() + args.length);
        command.add(script);
        command.add(Integer.toString(keys.size()));
        command.addAll(keys);
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }

    private static boolean unknownScript(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith("NOSCRIPT");
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
