package com.wheyprice.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens plain JDBC connections (for migrations and their locks) through the driver classes
 * themselves: {@code DriverManager} only sees drivers loaded by the caller's class loader,
 * which is not a given under Quarkus's class loaders or in a test JVM that ran Quarkus apps.
 */
public final class JdbcConnections {

    private JdbcConnections() {
    }

    public static Connection open(DatabaseUrl url) throws SQLException {
        Properties credentials = new Properties();
        if (url.user() != null) {
            credentials.setProperty("user", url.user());
        }
        if (url.password() != null) {
            credentials.setProperty("password", url.password());
        }
        Connection connection = url.dialect() == Dialect.POSTGRESQL
                ? new org.postgresql.Driver().connect(url.jdbc(), credentials)
                : new org.sqlite.JDBC().connect(url.jdbc(), credentials);
        if (connection == null) {
            throw new SQLException("the driver does not accept " + url.redacted());
        }
        return connection;
    }
}
