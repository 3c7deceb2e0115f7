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
}
