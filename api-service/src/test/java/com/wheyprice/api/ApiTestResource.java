package com.wheyprice.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.wheyprice.common.testing.FreePorts;
import com.wheyprice.common.testing.TestIssuerResource;
import com.wheyprice.common.testing.TestRedis;

/**
 * api-service on its own: tokens from a test issuer, the real Redis under a fresh key prefix,
 * low rate limits so tests can reach them, catalog-service at an address where nothing listens
 * (down), and auth-service as a server that takes connections and never answers (hung).
 */
public class ApiTestResource extends TestIssuerResource {

    public static final int PUBLIC_PER_MINUTE = 5;
    public static final int USER_PER_MINUTE = 8;
    public static final String DOWNSTREAM_TIMEOUT = "1s";
    public static final String ALLOWED_ORIGIN = "https://shop.example";

    private ServerSocket hungAuth;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            hungAuth = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!hungAuth.isClosed()) {
                try {
                    held.add(hungAuth.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "hung-auth-service");
        acceptor.setDaemon(true);
        acceptor.start();
        return new HashMap<>(super.start());
    }

    @Override
    protected Map<String, String> extraConfig() {
        return Map.of(
                "redis.key-prefix", TestRedis.freshKeyPrefix(),
                "api.catalog-url", "http://127.0.0.1:" + FreePorts.any(),
                "api.auth-url", "http://127.0.0.1:" + hungAuth.getLocalPort(),
                "api.downstream.timeout", DOWNSTREAM_TIMEOUT,
                "quarkus.http.cors.origins", ALLOWED_ORIGIN,
                "api.rate-limits.public-per-minute", Integer.toString(PUBLIC_PER_MINUTE),
                "api.rate-limits.user-per-minute", Integer.toString(USER_PER_MINUTE));
    }

    @Override
    public void stop() {
        super.stop();
        try {
            hungAuth.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing a test server that is going away anyway
        }
    }
}
