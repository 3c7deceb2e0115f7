package com.wheyprice.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Runs a {@code @QuarkusTest} against a new SQLite file (the development engine) and the local Redis. */
public class SqliteTestResource implements QuarkusTestResourceLifecycleManager {

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("whey-sqlite-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("database.url", "jdbc:sqlite:" + directory.resolve("whey.db"),
                "quarkus.redis.hosts", TestRedis.URL,
                "redis.key-prefix", TestRedis.freshKeyPrefix());
    }

    @Override
    public void stop() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
