package com.wheyprice.common.db;

import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The one entry point to the database for every repository, on PostgreSQL or SQLite alike.
 * It owns the vendor difference: statements pass through {@link Dialect#sql} and parameters
 * through {@link Dialect#bind}, so repositories hold one copy of their SQL.
 */
public class Database implements SqlSession {

    private final Dialect dialect;
    private final Pool pool;

    public Database(Dialect dialect, Pool pool) {
        this.dialect = dialect;
        this.pool = pool;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Uni<RowSet<Row>> execute(String sql, Object... params) {
        return run(pool, sql, params);
    }

    /**
     * Runs {@code work} in one transaction: committed when its {@code Uni} succeeds, rolled back
     * when it fails (the failure is passed on).
     *
     * <p>On SQLite the transaction is SQLite's own ({@code BEGIN IMMEDIATE}, {@code COMMIT},
     * {@code ROLLBACK}) on a connection held with {@code withConnection}: the JDBC pool's
     * transaction path could, now and then, fail to hand the pool's only connection back after a
     * failed transaction, and every later statement then waited for it forever.
     */
    public <T> Uni<T> inTransaction(Function<SqlSession, Uni<T>> work) {
        if (dialect == Dialect.POSTGRESQL) {
            return pool.withTransaction(connection -> work.apply(new Transaction(connection)));
        }
        return pool.withConnection(connection -> connection.query("BEGIN IMMEDIATE").execute()
                .chain(() -> work.apply(new Transaction(connection)))
                .call(() -> connection.query("COMMIT").execute())
                .onFailure().call(() -> connection.query("ROLLBACK").execute().onFailure().recoverWithNull()));
    }

    /** A trivial round trip, for readiness checks. */
    public Uni<Void> ping() {
        return pool.query("SELECT 1").execute().replaceWithVoid();
    }

    Pool pool() {
        return pool;
    }

    private Uni<RowSet<Row>> run(SqlClient client, String sql, Object[] params) {
        String statement = dialect.sql(sql);
        if (params.length == 0) {
            return client.preparedQuery(statement).execute();
        }
        Object[] bound = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            bound[i] = dialect.bind(params[i]);
        }
        return client.preparedQuery(statement).execute(Tuple.from(bound));
    }

    private final class Transaction implements SqlSession {
        private final SqlClient connection;

        private Transaction(SqlClient connection) {
            this.connection = connection;
        }

        @Override
        public Dialect dialect() {
            return dialect;
        }

        @Override
        public Uni<RowSet<Row>> execute(String sql, Object... params) {
            return run(connection, sql, params);
        }
    }
}
