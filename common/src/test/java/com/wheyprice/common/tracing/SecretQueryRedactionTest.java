package com.wheyprice.common.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reset link's token, an OAuth code or state never reaches a trace; the rest of the URL does. */
class SecretQueryRedactionTest {

    @Test
    void secretParametersKeepTheirKeysAndLoseTheirValues() {
        assertThat(SecretQueryRedaction.redact("token=wlt_abc")).isEqualTo("token=REDACTED");
        assertThat(SecretQueryRedaction.redact("https://api.example/api/v1/auth/password-reset/confirm?token=wlt_abc"))
                .isEqualTo("https://api.example/api/v1/auth/password-reset/confirm?token=REDACTED");
        assertThat(SecretQueryRedaction.redact("/auth/social/google/callback?state=s1&code=c2&scope=email"))
                .isEqualTo("/auth/social/google/callback?state=REDACTED&code=REDACTED&scope=email");
        assertThat(SecretQueryRedaction.redact("q=whey&TOKEN=x#frag")).isEqualTo("q=whey&TOKEN=REDACTED#frag");
    }

    @Test
    void ordinaryQueriesAreLeftAlone() {
        assertThat(SecretQueryRedaction.redact("q=gold+standard&limit=20&after=abc")).isEqualTo("q=gold+standard&limit=20&after=abc");
        assertThat(SecretQueryRedaction.redact("mytoken=1&tokens=2")).isEqualTo("mytoken=1&tokens=2");
    }
}
