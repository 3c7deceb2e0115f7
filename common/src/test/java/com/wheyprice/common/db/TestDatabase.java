package com.wheyprice.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import com.wheyprice.common.testing.TestPostgres;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;

/** A fresh, empty database of one engine for a plain JUnit test, opened the way services open it. */
final class TestDatabase implements AutoCloseable {

    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    final DatabaseUrl url;
    private final Database database;

    private TestDatabase(DatabaseUrl url, Database database) {
        this.url = url;
        this.database = database;
    }

    /** An empty database, not yet opened. */
    static DatabaseUrl emptyUrl(Dialect dialect) {
        if (dialect == Dialect.POSTGRESQL) {
            return DatabaseUrl.parse(TestPostgres.createDatabase());
        }
        try {
            return DatabaseUrl.parse("jdbc:sqlite:" + Files.createTempDirectory("whey-db-test").resolve("test.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty database, migrated with the test service's scripts and opened. */
    static TestDatabase migrated(Dialect dialect, Vertx vertx) {
        DatabaseUrl url = emptyUrl(dialect);
        Migrations.migrate(url, "common-test", BUSY_TIMEOUT);
        Pool pool = dialect == Dialect.POSTGRESQL
                ? Pool.newInstance(PgBuilder.pool().connectingTo(PgConnectOptions.fromUri(url.reactive()))
                        .using(vertx.getDelegate()).build())
                : SqlitePools.open(vertx, url, BUSY_TIMEOUT);
        return new TestDatabase(url, new Database(dialect, pool));
    }

    Database database() {
        return database;
    }

    /** Removes what {@link #emptyUrl} made: the PostgreSQL database, or the SQLite file's directory. */
    static void drop(DatabaseUrl url) {
        if (url.dialect() == Dialect.POSTGRESQL) {
            TestPostgres.dropDatabase(url.reactive());
            return;
        }
        Path directory = url.sqliteFile().getParent();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        database.pool().closeAndAwait();
        drop(url);
    }
}
