package com.wheyprice.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Deliveries are signed exactly as the Standard Webhooks specification says, so any of its libraries verifies them. */
class WebhookSignatureTest {

    @Test
    void theSignatureMatchesTheSpecificationsOwnExample() {
        // the example of the Standard Webhooks specification (standard-webhooks.md, "Signature scheme")
        assertThat(WebhookSigner.signature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anyChangeToTheBodyTimestampOrIdChangesTheSignature() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String original = WebhookSigner.signature(secret, "msg_1", 1614265330, "{\"test\": 1}");
        assertThat(WebhookSigner.signature(secret, "msg_1", 1614265330, "{\"test\": 2}")).isNotEqualTo(original);
        assertThat(WebhookSigner.signature(secret, "msg_1", 1614265331, "{\"test\": 1}")).isNotEqualTo(original);
        assertThat(WebhookSigner.signature(secret, "msg_2", 1614265330, "{\"test\": 1}")).isNotEqualTo(original);
    }
}
