package com.wheyprice.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * {@code WHEY_ENVIRONMENT}: {@code production} (the default, so a forgotten setting fails
 * safe) or {@code development}, where services may generate what production must be given,
 * such as keys, and may load demo data.
 */
@ConfigMapping(prefix = "whey")
public interface Environment {

    @WithName("environment")
    @WithDefault("production")
    String name();

    default boolean development() {
        return "development".equalsIgnoreCase(name());
    }
}
