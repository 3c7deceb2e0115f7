package com.wheyprice.common.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import com.wheyprice.common.db.DatabaseUrl;
import com.wheyprice.common.db.JdbcConnections;

/**
 * A throwaway database on the real local PostgreSQL for each test run, so tests never see data
 * left by another run or another test class. {@code TEST_POSTGRES_URL} names the server (any
 * existing database on it, default {@code postgresql://postgres@127.0.0.1:5432/postgres}).
 */
public final class TestPostgres {

    private static final String ADMIN_URL = System.getenv().getOrDefault("TEST_POSTGRES_URL",
            "postgresql://postgres@127.0.0.1:5432/postgres");

    private TestPostgres() {
    }

    /** Creates an empty database and returns its {@code postgresql://} URL. */
    public static String createDatabase() {
        String name = "whey_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        admin("CREATE DATABASE " + name);
        DatabaseUrl admin = DatabaseUrl.parse(ADMIN_URL);
        return admin.reactive().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1");
    }

    public static void dropDatabase(String url) {
        String name = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        DatabaseUrl admin = DatabaseUrl.parse(ADMIN_URL);
        try (Connection connection = JdbcConnections.open(admin);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test PostgreSQL at " + admin.redacted() + " refused: " + sql, e);
        }
    }
}
