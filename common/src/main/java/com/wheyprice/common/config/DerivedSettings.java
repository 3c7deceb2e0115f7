package com.wheyprice.common.config;

import java.util.Map;
import java.util.function.Function;

import com.wheyprice.common.db.DatabaseUrl;

import io.smallrye.config.ConfigSourceInterceptorContext;

/**
 * Quarkus settings that follow from the suite's own environment variables:
 * <ul>
 * <li>{@code quarkus.datasource.active} is true only when {@code DATABASE_URL} names PostgreSQL,
 * so the same packaged service runs on SQLite without a pool that can never connect;</li>
 * <li>{@code quarkus.log.console.json.enabled} is true when {@code LOG_FORMAT=json}.</li>
 * </ul>
 */
public class DerivedSettings extends DerivedConfig {

    private static final Map<String, Function<ConfigSourceInterceptorContext, String>> RULES = Map.of(
            "quarkus.datasource.active", context -> Boolean.toString(DatabaseUrl.isPostgres(value(context, "database.url"))),
            "quarkus.log.console.json.enabled", context -> Boolean.toString("json".equalsIgnoreCase(value(context, "LOG_FORMAT"))));

    @Override
    protected Map<String, Function<ConfigSourceInterceptorContext, String>> rules() {
        return RULES;
    }
}
