package com.wheyprice.notify.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.catalog.api.Discovery;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.catalog.api.event.CatalogEvent;
import com.wheyprice.catalog.api.event.DiscoveryDecided;
import com.wheyprice.notify.NotifyTestResource;
import com.wheyprice.notify.email.PriceAlertMessage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.messaging.Message;
import au.com.dius.pact.core.model.messaging.MessagePact;

/**
 * notification-service's expectations of catalog-service's events for people, fired alerts and
 * discovery decisions, as it reads them (catalog-api's records, then the e-mail's content): recorded as a message pact in
 * {@code contracts/pacts}, which catalog-service verifies against the events its code writes
 * ({@code CatalogEventsPactVerificationTest}).
 */
@QuarkusTest
@QuarkusTestResource(value = NotifyTestResource.class, restrictToAnnotatedClass = true)
class CatalogAlertsContractTest {

    private static final String PACT = "notification-service-catalog-service-events.json";
    private static final Date AT = Date.from(Instant.parse("2026-11-30T10:15:30Z"));
    private static final String INSTANT = "yyyy-MM-dd'T'HH:mm:ss[.SSSSSSSSS]X";

    @Inject
    ObjectMapper json;

    @Test
    void theNotifierReadsTheFiredAlertsAndDiscoveryDecisionsItTellsShoppersAbout() throws Exception {
        PactDslJsonBody event = new PactDslJsonBody();
        event.stringValue("type", AlertFired.TYPE).integerType("version", 1).uuid("id", "0b6e2f4a-8c1d-4e3f-a5b7-c9d0e1f2a3b4")
                .datetime("at", INSTANT, AT, TimeZone.getTimeZone("UTC"))
                .uuid("alertId", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d").uuid("userId", "3c9a7d2e-5b1f-4e8a-9c6d-0f2e4a6b8c1d")
                .uuid("variantId", "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d").uuid("listingId", "5f0d1c8e-3b7a-4c55-9d1e-2a6f8b9c0d11");
        money(event, "price", 249_900);
        money(event, "target", 260_000);
        PactDslJsonBody details = event.object("details").stringType("product", "Gold Standard 100% Whey").stringType("brand", "Optimum Nutrition")
                .stringType("flavour", "Chocolate").integerType("packSizeG", 2000).stringType("retailer", "Muscle Shop");
        money(details, "listPrice", 329_900);
        money(details, "pricePer100gProtein", 37_800);
        money(details, "lowest90Days", 249_900);
        money(details, "typicalPrice", 279_900);
        details.booleanType("listPriceInflated", true);
        details.closeObject();
        PactDslJsonBody decided = new PactDslJsonBody();
        decided.stringValue("type", DiscoveryDecided.TYPE).integerType("version", 1).uuid("id", "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a")
                .datetime("at", INSTANT, AT, TimeZone.getTimeZone("UTC"))
                .uuid("discoveryId", "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e").uuid("userId", "3c9a7d2e-5b1f-4e8a-9c6d-0f2e4a6b8c1d")
                .stringType("url", "https://shop.example/whey-1kg").stringMatcher("decision", "APPROVED|REJECTED", "APPROVED")
                .uuid("listingId", "5f0d1c8e-3b7a-4c55-9d1e-2a6f8b9c0d11").stringType("product", "MuscleBlaze Raw Whey (Unflavoured, 1000 g)");
        MessagePact pact = new MessagePactBuilder().consumer("notification-service").hasPactWith("catalog-service-events")
                .expectsToReceive("a price alert fired").withContent(event)
                .expectsToReceive("a discovery decided").withContent(decided)
                .toPact();

        for (Message message : pact.getMessages()) {
            CatalogEvent read = json.readValue(message.contentsAsString(), CatalogEvent.class);
            assertThat(read.readable()).as(message.getDescription()).isTrue();
            if (read instanceof AlertFired alert) {
                PriceAlertMessage mail = PriceAlertMessage.of(alert, "Asha", "https://buy", "https://stop");
                assertThat(mail.subject()).contains("Optimum Nutrition Gold Standard 100% Whey", "INR 2,499.00", "Muscle Shop");
                assertThat(mail.discountPercent()).isEqualTo(24);
                assertThat(mail.realDiscountPercent()).isEqualTo(10);
                assertThat(mail.listPriceInflated()).isTrue();
            } else {
                assertThat(read).isInstanceOfSatisfying(DiscoveryDecided.class, discovery -> {
                    assertThat(discovery.decision()).isEqualTo(Discovery.Status.APPROVED);
                    assertThat(discovery.url()).startsWith("https://");
                });
            }
        }
        Path directory = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
        Files.deleteIfExists(directory.resolve(PACT));
        pact.write(directory.toString(), PactSpecVersion.V3);
        assertThat(directory.resolve(PACT)).exists();
    }

    private static void money(PactDslJsonBody body, String name, long amountMinor) {
        body.object(name).integerType("amountMinor", amountMinor).stringType("currency", "INR").closeObject();
    }
}
