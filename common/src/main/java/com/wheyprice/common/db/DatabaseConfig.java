package com.wheyprice.common.db;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Database settings; each maps to an environment variable ({@code database.url} ← {@code DATABASE_URL}). */
@ConfigMapping(prefix = "database")
public interface DatabaseConfig {

    /** {@code DATABASE_URL}: {@code postgresql://…} or {@code jdbc:sqlite:…}; decides the engine at start-up. */
    @WithDefault("jdbc:sqlite:data/whey.db")
    String url();

    /** {@code DATABASE_SQLITE_BUSY_TIMEOUT}: how long a SQLite writer waits for another process's lock. */
    @WithDefault("10s")
    Duration sqliteBusyTimeout();
}
