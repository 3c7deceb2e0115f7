package com.wheyprice.devrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.wheyprice.common.db.DatabaseUrl;
import com.wheyprice.common.db.JdbcConnections;
import com.wheyprice.common.testing.TestPostgres;

/**
 * The operations targets of the Makefile on the local PostgreSQL, as docs/operations.md tells an
 * operator to run them: {@code migrate} builds every service's schema without starting a service,
 * {@code backup} keeps a bounded number of dumps, and {@code restore} recreates the data in a new
 * database and refuses a backup whose row counts do not come back, or a target that exists.
 */
class OperationsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final String source = TestPostgres.createDatabase();
    private final String restored = name(source) + "_restored";
    private final String tampered = name(source) + "_tampered";

    @AfterEach
    void dropTheDatabases() {
        for (String url : List.of(source, sibling(restored), sibling(tampered))) {
            TestPostgres.dropDatabase(url);
        }
    }

    @Test
    void migrateBackUpAndRestoreIntoASecondDatabaseWithTheSameRowCounts(@TempDir Path backups) throws Exception {
        Commands.Result migrated = make("migrate", Map.of("DATABASE_URL", source));
        assertThat(migrated.code()).as(migrated.output()).isZero();
        assertThat(migrated.output()).contains("auth-service: schema up to date", "api-service: schema up to date");
        try (Connection db = connect(source)) {
            assertThat(rowCounts(db)).containsKeys("flyway_history_auth_service", "flyway_history_catalog_service",
                    "flyway_history_scraper_service", "flyway_history_api_service", "auth_user", "catalog_listing", "api_feature_flag");
            db.createStatement().execute("""
                    INSERT INTO catalog_category (id, slug, name, version, created_at, updated_at)
                    VALUES (gen_random_uuid(), 'whey', 'Whey', 1, now(), now()), (gen_random_uuid(), 'isolate', 'Isolate', 1, now(), now())""");
        }

        Map<String, String> backup = Map.of("DATABASE_URL", source, "BACKUP_DIR", backups.toString(), "BACKUP_KEEP", "2");
        for (int i = 0; i < 3; i++) {
            Commands.Result made = make("backup", backup);
            assertThat(made.code()).as(made.output()).isZero();
            Thread.sleep(1100);
        }
        Path[] dumps;
        try (var files = Files.list(backups)) {
            dumps = files.filter(file -> file.toString().endsWith(".dump")).sorted().toArray(Path[]::new);
        }
        assertThat(dumps).as("only the newest BACKUP_KEEP are kept").hasSize(2);
        Path latest = dumps[1];

        Commands.Result restore = make("restore", Map.of("DATABASE_URL", source, "BACKUP", latest.toString(), "TARGET_DB", restored));
        assertThat(restore.code()).as(restore.output()).isZero();
        try (Connection original = connect(source); Connection copy = connect(sibling(restored))) {
            assertThat(rowCounts(copy)).isEqualTo(rowCounts(original)).containsEntry("catalog_category", 2L);
        }

        Commands.Result again = make("restore", Map.of("DATABASE_URL", source, "BACKUP", latest.toString(), "TARGET_DB", restored));
        assertThat(again.code()).as("never over an existing database").isNotZero();
        Path counts = Path.of(latest.toString().replace(".dump", ".counts"));
        Files.writeString(counts, Files.readString(counts).replace("catalog_category|2", "catalog_category|3"));
        Commands.Result mismatch = make("restore", Map.of("DATABASE_URL", source, "BACKUP", latest.toString(), "TARGET_DB", tampered));
        assertThat(mismatch.code()).isNotZero();
        assertThat(mismatch.output()).contains("row counts of " + tampered + " differ");
    }

    private static Commands.Result make(String target, Map<String, String> variables) throws Exception {
        return Commands.run(ROOT, variables, 5, "make", "--no-print-directory", target);
    }

    private static Map<String, Long> rowCounts(Connection db) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet tables = db.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            while (tables.next()) {
                counts.put(tables.getString(1), 0L);
            }
        }
        for (String table : counts.keySet()) {
            try (ResultSet count = db.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                count.next();
                counts.put(table, count.getLong(1));
            }
        }
        return counts;
    }

    /** The database a {@code postgresql://} URL names. */
    private static String name(String url) {
        return url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
    }

    /** Another database on the same server as {@code source}. */
    private String sibling(String database) {
        return source.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
    }

    private static Connection connect(String url) throws Exception {
        return JdbcConnections.open(DatabaseUrl.parse(url));
    }
}
