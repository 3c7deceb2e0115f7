package com.wheyprice.devrun;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import redis.embedded.RedisServer;

/**
 * Finds the Redis the suite will use: {@code REDIS_URL} when given; otherwise a Redis already
 * answering on the default port; otherwise an embedded Redis (the binary packaged in
 * org.signal:embedded-redis) that keeps its data under the data directory, so a second start
 * finds the queue and caches it left.
 */
final class RedisSupply implements AutoCloseable {

    private final String url;
    private final RedisServer embedded;

    private RedisSupply(String url, RedisServer embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    String url() {
        return url;
    }

    boolean embedded() {
        return embedded != null;
    }

    static RedisSupply obtain(Settings settings) throws IOException {
        if (settings.redisUrl() != null) {
            URI uri = URI.create(settings.redisUrl());
            if (!answersPing(uri.getHost(), uri.getPort() < 0 ? Settings.DEFAULT_REDIS_PORT : uri.getPort())) {
                throw new IllegalStateException("REDIS_URL=" + settings.redisUrl() + " does not answer PING");
            }
            return new RedisSupply(settings.redisUrl(), null);
        }
        String local = "redis://127.0.0.1:" + settings.embeddedPort();
        if (answersPing("127.0.0.1", settings.embeddedPort())) {
            return new RedisSupply(local, null);
        }
        Path dir = settings.dataDir().resolve("redis");
        Files.createDirectories(dir);
        RedisServer server = RedisServer.builder()
                .port(settings.embeddedPort())
                .bind("127.0.0.1")
                .setting("dir " + dir.toAbsolutePath())
                .setting("appendonly yes")
                .setting("maxmemory-policy noeviction")
                .build();
        server.start();
        return new RedisSupply(local, server);
    }

    /** A real Redis answers {@code +PONG}; anything else on the port is not one. */
    static boolean answersPing(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[5];
            int read = in.readNBytes(reply, 0, reply.length);
            return read == 5 && "+PONG".equals(new String(reply, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
