package com.wheyprice.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.wheyprice.platform.api.Money;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The same repository SQL, written once in PostgreSQL style, behaves the same on the real
 * PostgreSQL and on SQLite: ids, instants, money, booleans, JSON, counts, RETURNING, upserts,
 * CTEs with window functions, day buckets and transactions.
 */
class DatabaseOnBothEnginesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String INSERT = """
            INSERT INTO demo_item (id, name, price_minor, currency, in_stock, observed_at, attributes)
            VALUES ($1, $2, $3, $4, $5, $6, $7)""";

    private static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.closeAndAwait();
    }

    record Item(UUID id, String name, Money price, boolean inStock, Instant observedAt) {
        static Item from(Row row) {
            return new Item(Rows.uuid(row, "id"), row.getString("name"), Rows.money(row, "price_minor", "currency"),
                    Rows.bool(row, "in_stock"), Rows.instant(row, "observed_at"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void idsInstantsMoneyAndBooleansReadBackAsWritten(Dialect dialect) {
        try (TestDatabase test = TestDatabase.migrated(dialect, vertx)) {
            Database db = test.database();
            UUID id = UUID.randomUUID();
            Instant observed = Instant.parse("2026-11-21T13:47:05.123Z");
            await(db.update(INSERT, id, "Gold Standard 2.27 kg", 8_999_00L, "INR", true, observed, new JsonObject().put("flavour", "chocolate")));

            Item item = await(db.first("SELECT * FROM demo_item WHERE id = $1", Item::from, id));

            assertThat(item).isEqualTo(new Item(id, "Gold Standard 2.27 kg", new Money(8_999_00L, "INR"), true, observed));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void moneyBeyondIntRangeIsNotTruncated(Dialect dialect) {
        try (TestDatabase test = TestDatabase.migrated(dialect, vertx)) {
            Database db = test.database();
            long large = 5_000_000_000L;
            await(db.update(INSERT, UUID.randomUUID(), "bulk", large, "USD", false, Instant.now(), null));

            Money stored = await(db.first("SELECT price_minor, currency FROM demo_item", row -> Rows.money(row, "price_minor", "currency")));

            assertThat(stored).isEqualTo(new Money(large, "USD"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void insertReturningAndUpsertWork(Dialect dialect) {
        try (TestDatabase test = TestDatabase.migrated(dialect, vertx)) {
            Database db = test.database();
            UUID id = UUID.randomUUID();
            UUID returned = await(db.first(INSERT + " RETURNING id", row -> Rows.uuid(row, "id"),
                    id, "Isolate", 100L, "EUR", true, Instant.now(), null));
            assertThat(returned).isEqualTo(id);

            String upsert = INSERT + """
                     ON CONFLICT (name) DO UPDATE SET price_minor = excluded.price_minor
                     RETURNING id, price_minor""";
            Row row = await(db.first(upsert, r -> r, UUID.randomUUID(), "Isolate", 90L, "EUR", true, Instant.now(), null));

            assertThat(Rows.uuid(row, "id")).isEqualTo(id);
            assertThat(Rows.longValue(row, "price_minor")).isEqualTo(90L);
            assertThat(Rows.count(await(db.first("SELECT COUNT(*) AS n FROM demo_item", r -> r)), "n")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void reusedParametersAndDollarSignsInLiteralsAreHandled(Dialect dialect) {
        try (TestDatabase test = TestDatabase.migrated(dialect, vertx)) {
            Row row = await(test.database().first(
                    "SELECT 'costs $1' AS literal, CAST($1 AS TEXT) || '-' || CAST($1 AS TEXT) AS twice, CAST($2 AS TEXT) AS second",
                    r -> r, "a", "b"));

            assertThat(row.getString("literal")).isEqualTo("costs $1");
            assertThat(row.getString("twice")).isEqualTo("a-a");
            assertThat(row.getString("second")).isEqualTo("b");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void cteWithWindowFunctionAndDayBucketsWork(Dialect dialect) {
        try (TestDatabase test = TestDatabase.migrated(dialect, vertx)) {
            Database db = test.database();
            await(db.update(INSERT, UUID.randomUUID(), "late", 300L, "EUR", true, Instant.parse("2026-03-01T23:59:59.999Z"), null));
            await(db.update(INSERT, UUID.randomUUID(), "early", 100L, "EUR", true, Instant.parse("2026-03-02T00:00:00.000Z"), null));
            await(db.update(INSERT, UUID.randomUUID(), "noon", 200L, "EUR", false, Instant.parse("2026-03-02T12:00:00.000Z"), null));

            String sql = """
                    WITH daily AS (
                        SELECT %s AS day, MIN(price_minor) AS low, COUNT(*) AS n FROM demo_item GROUP BY 1
                    )
                    SELECT day, low, n, ROW_NUMBER() OVER (ORDER BY low) AS rank FROM daily ORDER BY day""".formatted(dialect.dayOf("observed_at"));
            List<String> days = await(db.list(sql, row -> row.getString("day") + " low=" + Rows.count(row, "low")
                    + " n=" + Rows.count(row, "n") + " rank=" + Rows.count(row, "rank")));

            assertThat(days).containsExactly("2026-03-01 low=300 n=1 rank=2", "2026-03-02 low=100 n=2 rank=1");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void failedTransactionChangesNothing(Dialect dialect) {
        try (TestDatabase test = TestDatabase.migrated(dialect, vertx)) {
            Database db = test.database();
            Uni<Integer> failing = db.inTransaction(tx -> tx.update(INSERT, UUID.randomUUID(), "first", 1L, "EUR", true, Instant.now(), null)
                    .chain(() -> tx.update(INSERT, UUID.randomUUID(), "first", 2L, "EUR", true, Instant.now(), null)));
            assertThatThrownBy(() -> await(failing)).isNotNull();

            await(db.inTransaction(tx -> tx.update(INSERT, UUID.randomUUID(), "second", 1L, "EUR", true, Instant.now(), null)));

            assertThat(await(db.list("SELECT name FROM demo_item", row -> row.getString("name")))).containsExactly("second");
        }
    }

    /**
     * Transactions and single statements from several event loops, interleaved many times, never
     * wait on each other for longer than the work takes. On SQLite the pool has one connection,
     * and a connection returned just as the next caller began waiting used to be missed until the
     * acquisition timeout (a minute) ran out.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void interleavedTransactionsAndStatementsNeverStallOnTheConnection(Dialect dialect) {
        try (TestDatabase test = TestDatabase.migrated(dialect, vertx)) {
            Database db = test.database();
            for (int round = 0; round < 3000; round++) {
                String name = "item " + round;
                Uni<Long> writer = db.inTransaction(tx -> tx.update(INSERT, UUID.randomUUID(), name, 1L, "EUR", true, Instant.now(), null)
                        .chain(() -> tx.first("SELECT COUNT(*) AS n FROM demo_item", row -> Rows.count(row, "n"))));
                List<Uni<Long>> readers = List.of(onEventLoop(() -> db.first("SELECT COUNT(*) AS n FROM demo_item", row -> Rows.count(row, "n"))),
                        onEventLoop(() -> db.first("SELECT COUNT(*) AS n FROM demo_item", row -> Rows.count(row, "n"))));

                Uni.join().all(writer, readers.get(0), readers.get(1)).andFailFast().await().atMost(Duration.ofSeconds(5));
            }
            long written = await(db.first("SELECT COUNT(*) AS n FROM demo_item", row -> Rows.count(row, "n")));
            assertThat(written).isEqualTo(3000L);
        }
    }

    /** Subscribes on a fresh Vert.x context, as requests on different event loops do. */
    private static <T> Uni<T> onEventLoop(java.util.function.Supplier<Uni<T>> work) {
        io.vertx.mutiny.core.Context context = vertx.getOrCreateContext();
        return Uni.createFrom().emitter(emitter -> context.runOnContext(() -> work.get().subscribe().with(emitter::complete, emitter::fail)));
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(WAIT);
    }
}
