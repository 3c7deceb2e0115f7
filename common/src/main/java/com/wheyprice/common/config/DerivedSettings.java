package com.wheyprice.common.config;

import java.util.Map;
import java.util.function.Function;

import com.wheyprice.common.db.DatabaseUrl;
import com.wheyprice.common.db.Dialect;

import io.smallrye.config.ConfigSourceInterceptorContext;

/**
 * Quarkus settings that follow from the suite's own environment variables:
 * <ul>
 * <li>{@code quarkus.datasource.active} is true only when {@code DATABASE_URL} names PostgreSQL,
 * so the same packaged service runs on SQLite without a pool that can never connect, and the
 * reactive pool connects with the URI {@link DatabaseUrl} made of it: the one parse of
 * {@code DATABASE_URL} feeds the pool, the migrations and the SQLite pool alike;</li>
 * <li>{@code quarkus.log.console.json.enabled} is true when {@code LOG_FORMAT=json};</li>
 * <li>forwarded client addresses are read only when {@code HTTP_TRUSTED_PROXIES} names the
 * proxies allowed to send them: Quarkus trusts every peer when its list is empty, so forwarding
 * must stay off until the list is set.</li>
 * </ul>
 */
public class DerivedSettings extends DerivedConfig {

    static final String TRUSTED_PROXIES = "http.trusted-proxies";
    /** The boolean {@code HTTP_TRUST_PROXY} believed every peer; it is refused so that an old setting cannot go unnoticed. */
    static final String REPLACED_TRUST_PROXY = "http.trust-proxy";

    private static final Map<String, Function<ConfigSourceInterceptorContext, String>> RULES = Map.of(
            "quarkus.datasource.active", context -> Boolean.toString(postgres(context) != null),
            "quarkus.datasource.reactive.url", context -> {
                DatabaseUrl url = postgres(context);
                return url == null ? null : url.reactive();
            },
            "quarkus.log.console.json.enabled", context -> Boolean.toString("json".equalsIgnoreCase(value(context, "LOG_FORMAT"))),
            "quarkus.http.proxy.proxy-address-forwarding", DerivedSettings::forwardingTrusted,
            "quarkus.http.proxy.allow-x-forwarded", DerivedSettings::forwardingTrusted);

    @Override
    protected Map<String, Function<ConfigSourceInterceptorContext, String>> rules() {
        return RULES;
    }

    /** {@code DATABASE_URL} when it names PostgreSQL; an unusable value is reported at start-up, not here. */
    private static DatabaseUrl postgres(ConfigSourceInterceptorContext context) {
        try {
            DatabaseUrl url = DatabaseUrl.parse(value(context, "database.url"));
            return url.dialect() == Dialect.POSTGRESQL ? url : null;
        } catch (DatabaseUrl.InvalidDatabaseUrlException e) {
            return null;
        }
    }

    private static String forwardingTrusted(ConfigSourceInterceptorContext context) {
        if (value(context, REPLACED_TRUST_PROXY) != null) {
            throw new IllegalStateException("HTTP_TRUST_PROXY is no longer read: list the proxies whose X-Forwarded-For is believed in "
                    + "HTTP_TRUSTED_PROXIES (addresses, CIDRs or host names), and unset HTTP_TRUST_PROXY");
        }
        String trusted = value(context, TRUSTED_PROXIES);
        return Boolean.toString(trusted != null && !trusted.isBlank());
    }
}
