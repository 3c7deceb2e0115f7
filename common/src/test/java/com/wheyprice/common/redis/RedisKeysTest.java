package com.wheyprice.common.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisKeysTest {

    private final RedisKeys keys = new RedisKeys(() -> "whey");

    @Test
    void keysArePrefixNamespaceAndPartsJoinedByColons() {
        assertThat(keys.key("scrape", "queue")).isEqualTo("whey:scrape:queue");
        assertThat(keys.key("ratelimit", "ip", "2001:db8::1")).isEqualTo("whey:ratelimit:ip:2001:db8::1");
        assertThat(keys.key("flags")).isEqualTo("whey:flags");
    }

    @Test
    void blankSegmentsAreRefusedRatherThanMakingAmbiguousKeys() {
        assertThatThrownBy(() -> keys.key(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.key("scrape", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisKeys(() -> "")).isInstanceOf(IllegalArgumentException.class);
    }
}
