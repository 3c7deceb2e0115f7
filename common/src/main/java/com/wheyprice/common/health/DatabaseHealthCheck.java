package com.wheyprice.common.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.DatabaseUrl;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/** Ready only while a query really runs on the database, on either engine. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements AsyncHealthCheck {

    private final Database database;
    private final DatabaseUrl url;
    private final HealthConfig config;

    DatabaseHealthCheck(Database database, DatabaseUrl url, HealthConfig config) {
        this.database = database;
        this.url = url;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return DependencyCheck.probe("database", url.dialect() + " " + url.redacted(), database.ping(), config.checkTimeout());
    }
}
