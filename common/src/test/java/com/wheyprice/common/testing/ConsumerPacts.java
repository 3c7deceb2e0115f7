package com.wheyprice.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.ConsumerPactRunnerKt;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;

/**
 * A consumer's side of a pact: its real client code runs against Pact's mock server of the
 * provider on a fixed loopback port, and the pact is written only when every expected request
 * came, as expected, and nothing else did. The provider replays it ({@link ProviderPactTest}).
 */
public final class ConsumerPacts {

    private ConsumerPacts() {
    }

    /** Runs {@code consumer} against the mock provider on {@code port} and fails unless it met the pact exactly. */
    public static void verify(RequestResponsePact pact, int port, Runnable consumer) {
        PactVerificationResult result = ConsumerPactRunnerKt.runConsumerTest(pact,
                MockProviderConfig.httpConfig("127.0.0.1", port, PactSpecVersion.V3),
                (mockServer, context) -> {
                    consumer.run();
                    return null;
                });
        assertThat(result).as(result.toString()).isInstanceOf(PactVerificationResult.Ok.class);
    }
}
