package com.wheyprice.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Makes the {@link Database} for whatever {@code DATABASE_URL} names: Quarkus's reactive
 * PostgreSQL pool (active only for a PostgreSQL URL, see {@code DerivedSettings}) or a
 * Vert.x JDBC pool over the SQLite file.
 */
@ApplicationScoped
public class DatabaseProducer {

    /** {@code DATABASE_URL}, parsed once for the service; an unusable value stops start-up with the parser's message. */
    @Produces
    @Singleton
    DatabaseUrl databaseUrl(DatabaseConfig config) {
        try {
            return DatabaseUrl.parse(config.url());
        } catch (DatabaseUrl.InvalidDatabaseUrlException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    @Produces
    @Singleton
    Database database(DatabaseUrl url, DatabaseConfig config, Vertx vertx, InjectableInstance<Pool> postgresPool) {
        return switch (url.dialect()) {
            case POSTGRESQL -> new Database(Dialect.POSTGRESQL, postgresPool.getActive());
            case SQLITE -> new Database(Dialect.SQLITE, SqlitePools.open(vertx, url, config.sqliteBusyTimeout()));
        };
    }

    /** The PostgreSQL pool belongs to Quarkus; only the SQLite pool is ours to close. */
    void close(@Disposes Database database) {
        if (database.dialect() == Dialect.SQLITE) {
            database.pool().closeAndAwait();
        }
    }
}
