package com.wheyprice.common.testing;

import org.apache.hc.core5.http.HttpRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;

/**
 * A provider's verification of its consumers' pacts ({@code contracts/pacts}): every interaction
 * is replayed against the service a {@code @QuarkusTest} started, on its test port. A subclass
 * names the provider and the pact folder ({@code @Provider}, {@code @PactFolder}), sets up the
 * provider states ({@code @State}), and gives a replayed request that carried a token a fresh one
 * ({@link #authorise}), since recorded tokens have long expired.
 */
public abstract class ProviderPactTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void providerAnswersAsItsConsumersExpect(PactVerificationContext context, HttpRequest request) {
        if (request.containsHeader("Authorization")) {
            request.setHeader("Authorization", "Bearer " + token(context.getConsumer().getName()));
        }
        context.verifyInteraction();
    }

    /** A fresh token for a request the consumer sent with one; the default is for providers whose pacts carry none. */
    protected String token(String consumer) {
        throw new IllegalStateException(consumer + "'s pact sends a token, but this provider's verification gives none");
    }
}
