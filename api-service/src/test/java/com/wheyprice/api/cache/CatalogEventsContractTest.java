package com.wheyprice.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.messaging.Message;
import au.com.dius.pact.core.model.messaging.MessagePact;

import com.wheyprice.api.ApiTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * api-service's expectations of catalog-service's change events, as its cache consumer reads
 * them ({@link CatalogGeneration#problemReading}): recorded as a message pact in
 * {@code contracts/pacts}, which catalog-service verifies against the events its own code writes
 * ({@code CatalogEventsPactVerificationTest}).
 */
@QuarkusTest
@QuarkusTestResource(value = ApiTestResource.class, restrictToAnnotatedClass = true)
class CatalogEventsContractTest {

    private static final String PACT = "api-service-catalog-service-events.json";
    private static final Date AT = Date.from(Instant.parse("2026-11-30T10:15:30Z"));
    private static final String INSTANT = "yyyy-MM-dd'T'HH:mm:ss[.SSSSSSSSS]X";

    @Inject
    CatalogGeneration generation;

    @Test
    void theCacheConsumerReadsEveryKindOfChangeCatalogPublishes() throws Exception {
        MessagePact pact = new MessagePactBuilder().consumer("api-service").hasPactWith("catalog-service-events")
                .expectsToReceive("a catalog entry changed")
                .withContent(event("catalog-changed").stringType("kind", "brands").uuid("entryId", "1c7f3a52-6b0e-4d5f-9a21-7e8d9c0b1a23"))
                .expectsToReceive("an offer changed")
                .withContent(offer(event("offer-changed")))
                .expectsToReceive("a price dropped")
                .withContent(offer(event("price-drop")))
                .toPact();

        for (Message message : pact.getMessages()) {
            assertThat(generation.problemReading(message.contentsAsString())).as(message.getDescription()).isNull();
        }
        Path directory = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
        Files.deleteIfExists(directory.resolve(PACT));
        pact.write(directory.toString(), PactSpecVersion.V3);
        assertThat(directory.resolve(PACT)).exists();
    }

    private static PactDslJsonBody event(String type) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.stringValue("type", type).integerType("version", 1).uuid("id", "0b6e2f4a-8c1d-4e3f-a5b7-c9d0e1f2a3b4")
                .datetime("at", INSTANT, AT, TimeZone.getTimeZone("UTC"));
        return body;
    }

    private static PactDslJsonBody offer(PactDslJsonBody event) {
        return (PactDslJsonBody) event.object("offer")
                .uuid("listingId", "5f0d1c8e-3b7a-4c55-9d1e-2a6f8b9c0d11")
                .uuid("variantId", "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
                .uuid("productId", "7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e")
                .stringMatcher("availability", "IN_STOCK|OUT_OF_STOCK|UNKNOWN", "IN_STOCK")
                .datetime("observedAt", INSTANT, AT, TimeZone.getTimeZone("UTC"))
                .object("price").integerType("amountMinor", 459900).stringType("currency", "INR").closeObject()
                .closeObject();
    }
}
