package com.wheyprice.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.ext.jdbc.spi.impl.HikariCPDataSourceProvider;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.jdbcclient.JDBCPool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Opens the development database: one SQLite file shared by all services, in WAL mode so readers
 * never wait for the writer, with a busy timeout so concurrent writers from other processes queue
 * instead of failing, and transactions that take the write lock up front.
 */
public final class SqlitePools {

    private SqlitePools() {
    }

    /**
     * One connection: SQLite has one writer per file anyway, and one connection keeps
     * transactions from ever waiting on each other inside a service.
     *
     * <p>HikariCP holds it rather than the Vert.x client's default, Agroal: with a single
     * connection, Agroal could miss a connection returned just as the next caller started
     * waiting, and that caller (with everything queued behind it) then stalled until the
     * acquisition timeout. HikariCP hands a returned connection to a waiting caller before the
     * return completes.
     */
    public static JDBCPool open(Vertx vertx, DatabaseUrl url, Duration busyTimeout) {
        createParentDirectory(url.sqliteFile());
        JDBCConnectOptions connect = new JDBCConnectOptions().setJdbcUrl(jdbcUrl(url, busyTimeout));
        return JDBCPool.pool(vertx, connect, new PoolOptions().setMaxSize(1).setName("sqlite"), new HikariCPDataSourceProvider());
    }

    /** The JDBC URL with the pragmas every connection to the file needs, unless the URL sets them itself. */
    public static String jdbcUrl(DatabaseUrl url, Duration busyTimeout) {
        Map<String, String> pragmas = new LinkedHashMap<>();
        pragmas.put("journal_mode", "WAL");
        pragmas.put("synchronous", "NORMAL");
        pragmas.put("foreign_keys", "true");
        pragmas.put("busy_timeout", Long.toString(busyTimeout.toMillis()));
        pragmas.put("transaction_mode", "IMMEDIATE");
        StringBuilder jdbc = new StringBuilder(url.jdbc());
        char separator = url.jdbc().contains("?") ? '&' : '?';
        for (Map.Entry<String, String> pragma : pragmas.entrySet()) {
            if (!url.jdbc().contains(pragma.getKey() + "=")) {
                jdbc.append(separator).append(pragma.getKey()).append('=').append(pragma.getValue());
                separator = '&';
            }
        }
        return jdbc.toString();
    }

    static void createParentDirectory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of the SQLite database " + file, e);
        }
    }
}
