package com.wheyprice.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Migrations run once per script, per service, even when replicas start at the same moment. */
class MigrationsTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void replicasStartingTogetherApplyEachScriptOnce(Dialect dialect) throws Exception {
        DatabaseUrl url = TestDatabase.emptyUrl(dialect);
        try {
            int replicas = 4;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(replicas);
            List<Future<Integer>> applied = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                Callable<Integer> replica = () -> {
                    start.await();
                    return Migrations.migrate(url, "common-test", TestDatabase.BUSY_TIMEOUT);
                };
                applied.add(pool.submit(replica));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : applied) {
                total += result.get();
            }
            pool.shutdown();

            assertThat(total).isEqualTo(3);
            assertThat(count(url, "SELECT COUNT(*) FROM " + Migrations.historyTable("common-test") + " WHERE success AND version IS NOT NULL AND version <> '0'")).isEqualTo(3);
        } finally {
            TestDatabase.drop(url);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void servicesKeepSeparateHistoriesInOneDatabase(Dialect dialect) throws Exception {
        DatabaseUrl url = TestDatabase.emptyUrl(dialect);
        try {
            assertThat(Migrations.migrate(url, "common-test", TestDatabase.BUSY_TIMEOUT)).isEqualTo(3);
            assertThat(Migrations.migrate(url, "other-test", TestDatabase.BUSY_TIMEOUT)).isEqualTo(1);
            assertThat(Migrations.migrate(url, "common-test", TestDatabase.BUSY_TIMEOUT)).isZero();

            assertThat(count(url, "SELECT COUNT(*) FROM other_thing")).isZero();
            assertThat(count(url, "SELECT COUNT(*) FROM demo_item")).isZero();
        } finally {
            TestDatabase.drop(url);
        }
    }

    /**
     * Another service holding SQLite's write lock longer than the configured busy timeout (the
     * demo catalog loading at start-up) must delay a migration, not fail it: auth-service used
     * to exit at start when catalog-service's seeding outlasted the 10 s busy timeout.
     */
    @Test
    void aSqliteMigrationWaitsForAnotherProcesssLongWriteBeyondTheBusyTimeout() throws Exception {
        DatabaseUrl url = TestDatabase.emptyUrl(Dialect.SQLITE);
        try (Connection writer = DriverManager.getConnection(SqlitePools.jdbcUrl(url, Duration.ofSeconds(5)))) {
            writer.createStatement().execute("CREATE TABLE seeding (id INTEGER)");
            writer.setAutoCommit(false);
            writer.createStatement().execute("INSERT INTO seeding VALUES (1)");
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<Integer> migrated = pool.submit(() -> Migrations.migrate(url, "common-test", Duration.ofMillis(200)));
            Thread.sleep(1500);
            writer.setAutoCommit(true);

            assertThat(migrated.get()).isEqualTo(3);
            pool.shutdown();
        } finally {
            TestDatabase.drop(url);
        }
    }

    private static long count(DatabaseUrl url, String sql) throws SQLException {
        try (Connection connection = JdbcConnections.open(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
