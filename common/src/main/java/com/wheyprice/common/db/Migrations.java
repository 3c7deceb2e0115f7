package com.wheyprice.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

import org.flywaydb.core.Flyway;

/**
 * Brings a service's schema up to date with Flyway before the service takes traffic.
 *
 * <p>Scripts come from {@code db/migrations/<engine>/<service>} on the classpath (packaged from
 * {@code deployments/<engine>/migrations/<service>}). Every service keeps its own history table
 * in the shared database, so the first service to migrate does not make the schema look foreign
 * to the next. Replicas starting together take turns: on PostgreSQL behind a session advisory
 * lock, on SQLite behind a lock file beside the database.
 */
public final class Migrations {

    /** Shared by all services so that concurrent DDL of different services also takes turns. */
    static final long POSTGRES_LOCK_KEY = 0x77686579_6d696772L;

    private static final ConcurrentMap<Path, ReentrantLock> SQLITE_LOCKS = new ConcurrentHashMap<>();

    private Migrations() {
    }

    /**
     * How long a SQLite migration waits at least for another process's write (another service
     * loading its demo data at start-up, say): a service's start may wait, but must not fail
     * because a neighbour's long transaction outlasted the ordinary busy timeout.
     */
    static final Duration SQLITE_MIGRATION_WAIT = Duration.ofMinutes(2);

    /** Applies pending migrations and returns how many were applied. */
    public static int migrate(DatabaseUrl url, String service, Duration sqliteBusyTimeout) {
        Duration sqliteWait = sqliteBusyTimeout.compareTo(SQLITE_MIGRATION_WAIT) > 0 ? sqliteBusyTimeout : SQLITE_MIGRATION_WAIT;
        return switch (url.dialect()) {
            case POSTGRESQL -> underAdvisoryLock(url, () -> flyway(url.jdbc(), url, service));
            case SQLITE -> underFileLock(url.sqliteFile(), () -> flyway(SqlitePools.jdbcUrl(url, sqliteWait), url, service));
        };
    }

    public static String historyTable(String service) {
        return "flyway_history_" + service.replace('-', '_');
    }

    private static int flyway(String jdbc, DatabaseUrl url, String service) {
        return Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(jdbc, url.user(), url.password())
                .locations("classpath:db/migrations/" + url.dialect().folder() + "/" + service)
                .table(historyTable(service))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    private static int underAdvisoryLock(DatabaseUrl url, Migration migration) {
        try (Connection connection = JdbcConnections.open(url)) {
            lock(connection, "SELECT pg_advisory_lock(?)");
            try {
                return migration.run();
            } finally {
                lock(connection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + DatabaseUrl.VARIABLE + "="
                    + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    private static void lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, POSTGRES_LOCK_KEY);
            statement.execute();
        }
    }

    private static int underFileLock(Path database, Migration migration) {
        SqlitePools.createParentDirectory(database);
        Path lockFile = database.toAbsolutePath().resolveSibling(database.getFileName() + ".migrate.lock");
        ReentrantLock inProcess = SQLITE_LOCKS.computeIfAbsent(lockFile, path -> new ReentrantLock());
        inProcess.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return migration.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile + " for migrations", e);
        } finally {
            inProcess.unlock();
        }
    }

    @FunctionalInterface
    private interface Migration {
        int run();
    }
}
