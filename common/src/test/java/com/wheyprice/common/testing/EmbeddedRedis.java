package com.wheyprice.common.testing;


import redis.embedded.RedisServer;

/**
 * A Redis server of the test's own (the binary packaged in org.signal:embedded-redis), on a free
 * port, that a test may stop and start again to prove how the suite behaves while Redis is gone.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private final int port;
    private RedisServer server;

    public EmbeddedRedis() {
        this.port = FreePorts.any();
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public EmbeddedRedis start() {
        server = RedisServer.builder().port(port).bind("127.0.0.1").setting("save \"\"").setting("appendonly no").build();
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
