package com.wheyprice.api.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.api.ApiTestResource;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.common.testing.TestIssuer;
import com.wheyprice.notification.api.EventConsumer;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * api-service reads catalog-service's events with catalog-api's records. The admin is the person
 * at the end: an event this build cannot read is never dropped silently, it shows in the admin
 * API, and the cache still drops what it held, since something changed.
 */
@QuarkusTest
@QuarkusTestResource(value = ApiTestResource.class, restrictToAnnotatedClass = true)
class CatalogEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    TestIssuer issuer;

    @Inject
    RedisDataSource redis;

    @Inject
    RedisKeys keys;

    @Inject
    CatalogGeneration generation;

    @Inject
    EventDeadLetters deadLetters;

    @Test
    void anEventOfANewerSchemaVersionReachesTheAdminAsADeadLetterAndStillRefreshesTheCache() {
        String entryId = UUID.randomUUID().toString();
        long before = currentGeneration();
        publish("""
                {"type":"catalog-changed","version":99,"id":"%s","at":"2026-11-30T10:00:00Z","kind":"brands","entryId":"%s"}"""
                .formatted(UUID.randomUUID(), entryId));

        anAdminSeesTheDeadLetterOf(entryId, "schema version 99");
        assertThat(currentGeneration()).isGreaterThan(before);
    }

    @Test
    void anEventOfATypeThisBuildDoesNotKnowIsDeadLetteredToo() {
        String marker = UUID.randomUUID().toString();
        publish("""
                {"type":"retailer-renamed","version":1,"id":"%s","at":"2026-11-30T10:00:00Z"}""".formatted(marker));

        anAdminSeesTheDeadLetterOf(marker, "retailer-renamed");
    }

    @Test
    void aReadableEventRefreshesTheCacheAndIsNoDeadLetter() {
        String entryId = UUID.randomUUID().toString();
        long before = currentGeneration();
        publish("""
                {"type":"catalog-changed","version":1,"id":"%s","at":"2026-11-30T10:00:00Z","kind":"brands","entryId":"%s"}"""
                .formatted(UUID.randomUUID(), entryId));

        await().atMost(WAIT).until(() -> currentGeneration() > before);
        given().auth().oauth2(issuer.token(Tier.ADMIN)).get("/api/v1/admin/event-dead-letters")
                .then().statusCode(200).body(not(containsString(entryId)));
    }

    @Test
    void anAdminReadsTheNotifiersDeadLettersApartFromTheCaches() {
        String marker = UUID.randomUUID().toString();
        deadLetters.add(EventConsumer.NAME, keys.key("catalog", CatalogStreams.ALERTS), "1-0", "{\"id\":\"" + marker + "\"}",
                "schema version 9 of AlertFired is newer than this consumer reads (1)").await().atMost(WAIT);

        given().auth().oauth2(issuer.token(Tier.ADMIN)).queryParam("consumer", "NOTIFICATION_SERVICE").get("/api/v1/admin/event-dead-letters")
                .then().statusCode(200).body("find { it.event.contains('" + marker + "') }.consumer", equalTo(EventConsumer.NAME));
        given().auth().oauth2(issuer.token(Tier.ADMIN)).get("/api/v1/admin/event-dead-letters")
                .then().statusCode(200).body(not(containsString(marker)));
        given().auth().oauth2(issuer.token(Tier.ADMIN)).queryParam("consumer", "SOMEONE").get("/api/v1/admin/event-dead-letters")
                .then().statusCode(400).body("errors[0].field", equalTo("consumer"));
    }

    @Test
    void onlyAdminsSeeEventDeadLetters() {
        given().auth().oauth2(issuer.token(Tier.PREMIUM)).get("/api/v1/admin/event-dead-letters").then().statusCode(403);
        given().get("/api/v1/admin/event-dead-letters").then().statusCode(401);
    }

    /** The admin's dead-letter list shows the event that holds {@code marker}, for {@code reason}. */
    private void anAdminSeesTheDeadLetterOf(String marker, String reason) {
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(issuer.token(Tier.ADMIN)).get("/api/v1/admin/event-dead-letters")
                .then().statusCode(200)
                .body("find { it.event.contains('" + marker + "') }.reason", containsString(reason)));
    }

    private void publish(String event) {
        redis.stream(String.class).xadd(keys.key("catalog", CatalogStreams.CHANGES), Map.of(CatalogStreams.FIELD, event));
    }

    private long currentGeneration() {
        Long value = redis.value(Long.class).get(generation.key());
        return value == null ? 0 : value;
    }
}
