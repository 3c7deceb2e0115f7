package com.wheyprice.bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The one endpoint of the baseline application: a round trip to PostgreSQL, so the reactive
 * client is really used and its start-up is part of what the baseline times.
 */
@Path("/ping")
public class PingResource {

    private final Pool database;

    PingResource(Pool database) {
        this.database = database;
    }

    @GET
    public Uni<String> ping() {
        return database.query("SELECT 1").execute().map(rows -> "pong");
    }
}
