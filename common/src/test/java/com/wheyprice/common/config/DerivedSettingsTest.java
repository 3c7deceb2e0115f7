package com.wheyprice.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class DerivedSettingsTest {

    private static SmallRyeConfig config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withInterceptors(new DerivedSettings())
                .withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }

    private static boolean forwarding(SmallRyeConfig config) {
        return config.getValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class)
                && config.getValue("quarkus.http.proxy.allow-x-forwarded", Boolean.class);
    }

    @Test
    void withoutTrustedProxiesNoPeerMayTellTheClientsAddress() {
        assertThat(config(Map.of()).getValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class)).isFalse();
        assertThat(config(Map.of()).getValue("quarkus.http.proxy.allow-x-forwarded", Boolean.class)).isFalse();
        assertThat(forwarding(config(Map.of(DerivedSettings.TRUSTED_PROXIES, " ")))).isFalse();
    }

    @Test
    void listedTrustedProxiesTurnForwardingOn() {
        assertThat(forwarding(config(Map.of(DerivedSettings.TRUSTED_PROXIES, "127.0.0.1,10.42.0.0/16")))).isTrue();
    }

    @Test
    void theReplacedBooleanIsRefusedRatherThanSilentlyIgnored() {
        SmallRyeConfig config = config(Map.of(DerivedSettings.REPLACED_TRUST_PROXY, "true"));
        assertThatThrownBy(() -> config.getValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class))
                .hasMessageContaining("HTTP_TRUSTED_PROXIES");
    }

    @Test
    void thePostgresPoolConnectsWithTheUriTheOneParseOfDatabaseUrlMade() {
        SmallRyeConfig config = config(Map.of("database.url", "postgres://whey:s%40cret@db.internal/whey?sslmode=require"));
        assertThat(config.getValue("quarkus.datasource.active", Boolean.class)).isTrue();
        assertThat(config.getValue("quarkus.datasource.reactive.url", String.class))
                .isEqualTo("postgresql://whey:s%40cret@db.internal:5432/whey?sslmode=require");
    }

    @Test
    void onSqliteThePostgresPoolStaysOffAndHasNoUrl() {
        SmallRyeConfig config = config(Map.of("database.url", "jdbc:sqlite:data/whey.db"));
        assertThat(config.getValue("quarkus.datasource.active", Boolean.class)).isFalse();
        assertThat(config.getOptionalValue("quarkus.datasource.reactive.url", String.class)).isEmpty();
    }
}
