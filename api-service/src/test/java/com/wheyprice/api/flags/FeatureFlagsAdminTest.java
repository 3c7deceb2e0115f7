package com.wheyprice.api.flags;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.api.ApiTestResource;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.api.event.AdminActionTaken;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.flags.FeatureFlags;
import com.wheyprice.common.flags.Flags;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.common.retention.Retention;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Admins set flags; each change is recorded, published to Redis, and seen by the flag client of every service within seconds. */
@QuarkusTest
@QuarkusTestResource(value = ApiTestResource.class, restrictToAnnotatedClass = true)
class FeatureFlagsAdminTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    TestIssuer issuer;

    @Inject
    FeatureFlags flags;

    @Inject
    ReactiveRedisDataSource redis;

    @Inject
    RedisKeys keys;

    @Inject
    Database database;

    @Inject
    Retention retention;

    @Inject
    Clock clock;

    @Test
    void theServicesFlagsExistFromTheFirstStartWithTheirDefaults() {
        given().auth().oauth2(issuer.token(Tier.ADMIN)).get("/api/v1/admin/flags")
                .then().statusCode(200)
                .body("name", hasItems(Flags.DISCOVERY_SUBMISSIONS, Flags.SCRAPER_PROXY_ROTATION, Flags.BEST_VALUE_LAB_TESTED))
                .body("find { it.name == 'scraper-proxy-rotation' }.enabled", equalTo(false))
                .body("find { it.name == 'best-value-lab-tested' }.rolloutPercent", equalTo(0));
        assertThat(flags.isOn(Flags.DISCOVERY_SUBMISSIONS, false).await().atMost(WAIT)).isTrue();
    }

    @Test
    void aChangeIsAuditedPublishedAndSeenBytheFlagClientWithinSeconds() {
        String etag = given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType("application/json")
                .body("{\"enabled\":true,\"rolloutPercent\":30}").put("/api/v1/admin/flags/emergency-test-switch")
                .then().statusCode(400).extract().header("ETag");
        assertThat(etag).as("a new flag needs a description").isNull();

        String created = given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType("application/json")
                .body("{\"enabled\":true,\"rolloutPercent\":30,\"description\":\"test switch\"}").put("/api/v1/admin/flags/emergency-test-switch")
                .then().statusCode(200).body("version", equalTo(1)).extract().header("ETag");
        await().atMost(WAIT).until(() -> flags.cachedIsOn("emergency-test-switch", false));

        given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType("application/json").header("If-Match", created)
                .body("{\"enabled\":false}").put("/api/v1/admin/flags/emergency-test-switch")
                .then().statusCode(200).body("rolloutPercent", equalTo(30)).body("enabled", equalTo(false));
        assertThat(redis.hash(String.class).hget(FeatureFlags.hashKey(keys), "emergency-test-switch").await().atMost(WAIT)).isEqualTo("false,30");
        await().atMost(Duration.ofSeconds(5)).until(() -> !flags.cachedIsOn("emergency-test-switch", true));

        long changes = database.first("SELECT COUNT(*) AS n FROM api_feature_flag_change WHERE name = $1", row -> Rows.count(row, "n"),
                "emergency-test-switch").await().atMost(WAIT);
        assertThat(changes).isEqualTo(2);
        // and both changes are on their way to the platform's one audit trail, with the flag before and after
        List<String> audited = await().atMost(WAIT).until(() -> redis.stream(String.class)
                .xrange(keys.key("api", AdminActionTaken.STREAM), StreamRange.of("-", "+")).await().atMost(WAIT).stream()
                .map(entry -> entry.payload().get(AdminActionTaken.FIELD))
                .filter(event -> event.contains("flags:emergency-test-switch")).toList(), found -> found.size() == 2);
        assertThat(audited).allSatisfy(event -> assertThat(event).contains("\"action\":\"FLAG_CHANGE\"", "\"service\":\"api-service\""));
        assertThat(audited.get(1)).contains("\\\"enabled\\\":true", "\\\"enabled\\\":false");
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() {
        given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType("application/json").header("If-Match", "\"v999\"")
                .body("{\"enabled\":true}").put("/api/v1/admin/flags/" + Flags.DISCOVERY_SUBMISSIONS)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void invalidChangesAreProblemsAndChangeNothing() {
        given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType("application/json").body("{\"enabled\":true,\"rolloutPercent\":150}")
                .put("/api/v1/admin/flags/" + Flags.BEST_VALUE_LAB_TESTED)
                .then().statusCode(400).body("type", equalTo("urn:whey:problem:validation-failed"));
        given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType("application/json").body("{\"enabled\":true,\"description\":\"x\"}")
                .put("/api/v1/admin/flags/Not_A_Name")
                .then().statusCode(400);
        given().auth().oauth2(issuer.token(Tier.ADMIN)).get("/api/v1/admin/flags")
                .then().body("find { it.name == 'best-value-lab-tested' }.rolloutPercent", equalTo(0));
    }

    @Test
    void onlyAdminsSeeOrSetFlags() {
        given().auth().oauth2(issuer.token(Tier.PREMIUM)).get("/api/v1/admin/flags").then().statusCode(403);
        given().auth().oauth2(issuer.token(Tier.USER)).contentType("application/json").body("{\"enabled\":false}")
                .put("/api/v1/admin/flags/" + Flags.DISCOVERY_SUBMISSIONS).then().statusCode(403);
    }

    @Test
    void flagChangesAreKeptAYearLikeEveryAuditRecord() {
        Instant now = clock.instant();
        UUID pastAYear = flagChange(now.minus(Duration.ofDays(366)));
        UUID withinTheYear = flagChange(now.minus(Duration.ofDays(364)));

        assertThat(retention.apply(now).await().atMost(WAIT)).containsEntry("flag-changes", 1L);

        assertThat(changeExists(pastAYear)).isFalse();
        assertThat(changeExists(withinTheYear)).isTrue();
    }

    private UUID flagChange(Instant at) {
        UUID id = UUID.randomUUID();
        database.update("""
                INSERT INTO api_feature_flag_change (id, name, enabled, rollout_percent, previous_enabled, previous_rollout_percent, changed_by, changed_at)
                VALUES ($1, 'retention-test', TRUE, 100, FALSE, 0, $2, $3)""", id, UUID.randomUUID(), at).await().atMost(WAIT);
        return id;
    }

    private boolean changeExists(UUID id) {
        return database.first("SELECT COUNT(*) AS n FROM api_feature_flag_change WHERE id = $1", row -> Rows.count(row, "n"), id)
                .await().atMost(WAIT) == 1;
    }
}
