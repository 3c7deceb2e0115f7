package com.wheyprice.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.catalog.api.Availability;
import com.wheyprice.catalog.api.Discovery;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.catalog.api.event.CatalogChanged;
import com.wheyprice.catalog.api.event.CatalogEvent;
import com.wheyprice.catalog.api.event.DiscoveryDecided;
import com.wheyprice.catalog.api.event.Offer;
import com.wheyprice.catalog.api.event.OfferChanged;
import com.wheyprice.catalog.api.event.PriceDropped;
import com.wheyprice.platform.api.Money;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.messaging.Message;
import au.com.dius.pact.core.model.messaging.MessagePact;
import au.com.dius.pact.core.support.Result;
import au.com.dius.pact.provider.BodyComparisonResult;
import au.com.dius.pact.provider.ComparisonResult;
import au.com.dius.pact.provider.ResponseComparison;

/**
 * Every consumer's message pact with catalog-service's event streams ({@code
 * *-catalog-service-events.json} in {@code contracts/pacts}: api-service's cache consumer,
 * notification-service's alert consumer), verified against the events catalog-service writes: the event
 * records its outbox stores, serialised by the service's own object mapper as the outbox does,
 * compared with Pact's own message matching. (Pact's JUnit 5 message target finds producer
 * methods by class-path scanning, which cannot read Quarkus's test class loader, so this test
 * hands each message's producer to the matcher itself.)
 */
@QuarkusTest
@QuarkusTestResource(value = CatalogTestResource.class, restrictToAnnotatedClass = true)
class CatalogEventsPactVerificationTest {

    private static final File PACTS = new File("../contracts/pacts");

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Test
    void catalogPublishesEveryEventItsConsumersReadAsTheyReadIt() throws JsonProcessingException {
        Map<String, Supplier<CatalogEvent>> producers = Map.of(
                "a catalog entry changed", () -> CatalogChanged.of(UUID.randomUUID(), clock.instant(), "brands", UUID.randomUUID()),
                "an offer changed", () -> OfferChanged.of(UUID.randomUUID(), clock.instant(), offer()),
                "a price dropped", () -> PriceDropped.of(UUID.randomUUID(), clock.instant(), offer()),
                "a price alert fired", () -> AlertFired.of(UUID.randomUUID(), clock.instant(), UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), new Money(249900, "INR"), new Money(260000, "INR"),
                        new AlertFired.Details("Gold Standard 100% Whey", "Optimum Nutrition", "Chocolate", 2000, "Muscle Shop",
                                new Money(329900, "INR"), new Money(37800, "INR"), new Money(249900, "INR"), new Money(279900, "INR"), true)),
                "a discovery decided", () -> DiscoveryDecided.of(UUID.randomUUID(), clock.instant(), UUID.randomUUID(), UUID.randomUUID(),
                        "https://shop.example/whey-1kg", Discovery.Status.APPROVED, UUID.randomUUID(), "MuscleBlaze Raw Whey (Unflavoured, 1000 g)"));
        File[] pacts = PACTS.listFiles((directory, name) -> name.endsWith("-catalog-service-events.json"));
        assertThat(pacts).as("consumers' event pacts in %s", PACTS).isNotEmpty();
        for (File file : pacts) {
            MessagePact pact = (MessagePact) DefaultPactReader.INSTANCE.loadPact(file);
            assertThat(pact.getMessages()).isNotEmpty();
            for (Message message : pact.getMessages()) {
                String about = pact.getConsumer().getName() + ": " + message.getDescription();
                Supplier<CatalogEvent> producer = producers.get(message.getDescription());
                assertThat(producer).as("catalog-service publishes '%s'", about).isNotNull();
                String written = json.writeValueAsString(producer.get());
                ComparisonResult comparison = ResponseComparison.Companion.compareMessage(message,
                        OptionalBody.body(written.getBytes(StandardCharsets.UTF_8), new ContentType("application/json")));
                assertThat(comparison.getBodyMismatches()).as("%s: %s", about, written).isInstanceOf(Result.Ok.class);
                BodyComparisonResult body = ((Result.Ok<BodyComparisonResult>) comparison.getBodyMismatches()).getValue();
                assertThat(body.getMismatches()).as("%s: %s", about, written).isEmpty();
            }
        }
    }

    private Offer offer() {
        return new Offer(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Availability.IN_STOCK, clock.instant(),
                new Money(399900, "INR"), new Money(459900, "INR"));
    }
}
