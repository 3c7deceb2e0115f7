package com.wheyprice.common.config;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Base of the config interceptors that derive a setting from others where a property expression
 * cannot (a boolean from a URL's scheme, from two values being present). Each sees the final
 * value of its inputs from every source, tests' overrides included, and lists the names it
 * derives, because config mappings are filled from the names the sources list.
 */
public abstract class DerivedConfig implements ConfigSourceInterceptor {

    /** Derived property name → how to compute its value from the rest of the configuration. */
    protected abstract Map<String, Function<ConfigSourceInterceptorContext, String>> rules();

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        Function<ConfigSourceInterceptorContext, String> rule = rules().get(name);
        if (rule == null) {
            return context.proceed(name);
        }
        return ConfigValue.builder().withName(name).withValue(rule.apply(context))
                .withConfigSourceName(getClass().getSimpleName()).build();
    }

    @Override
    public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
        Set<String> names = new LinkedHashSet<>(rules().keySet());
        context.iterateNames().forEachRemaining(names::add);
        return names.iterator();
    }

    /** The value of {@code name}, or {@code null} when it is not set. */
    protected static String value(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        return value == null ? null : value.getValue();
    }
}
