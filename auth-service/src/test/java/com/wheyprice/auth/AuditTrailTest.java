package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.registeredId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.event.AdminActionTaken;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The one audit trail an admin reads: auth-service's own admin actions with their target before
 * and after, and the other services' admin actions as their events bring them, each once; filtered
 * by actor, service, action, target and time, and refused when a filter is malformed.
 */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class AuditTrailTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    RedisDataSource redis;

    @Inject
    RedisKeys keys;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private void publishFromCatalog(AdminActionTaken action) throws Exception {
        redis.stream(String.class).xadd(keys.key("catalog", AdminActionTaken.STREAM), Map.of(AdminActionTaken.FIELD, json.writeValueAsString(action)));
    }

    @Test
    void anotherServicesAdminActionIsKeptOnceAndFoundByEveryFilter() throws Exception {
        UUID admin = UUID.randomUUID();
        String target = "brands:" + UUID.randomUUID();
        Instant at = clock.instant();
        AdminActionTaken renamed = AdminActionTaken.of(UUID.randomUUID(), at, "catalog-service", admin, AuditAction.CATALOG_ENTRY_UPDATE, target,
                "{\"name\":\"Old\"}", "{\"name\":\"New\"}", "req-" + target);
        publishFromCatalog(renamed);
        publishFromCatalog(renamed);
        String superAdmin = AdminTest.superAdminToken();

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(superAdmin).queryParam("target", target).when().get("/auth/admin/audit")
                .then().statusCode(200).body("items", hasSize(1)));
        given().auth().oauth2(superAdmin).queryParam("target", target).when().get("/auth/admin/audit").then()
                .body("items[0].service", equalTo("catalog-service")).body("items[0].action", equalTo("CATALOG_ENTRY_UPDATE"))
                .body("items[0].actorId", equalTo(admin.toString())).body("items[0].before", equalTo("{\"name\":\"Old\"}"))
                .body("items[0].after", equalTo("{\"name\":\"New\"}")).body("items[0].requestId", equalTo("req-" + target));
        given().auth().oauth2(superAdmin).queryParam("actor", admin.toString()).queryParam("service", "catalog-service")
                .queryParam("action", "CATALOG_ENTRY_UPDATE").queryParam("from", at.minusSeconds(1).toString())
                .queryParam("to", at.plusSeconds(1).toString()).when().get("/auth/admin/audit").then()
                .statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(superAdmin).queryParam("actor", admin.toString()).queryParam("to", at.minusSeconds(1).toString())
                .when().get("/auth/admin/audit").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aTierChangeIsAnAuthServiceEntryWithTheTierBeforeAndAfter() {
        String user = registeredId(email());
        String superAdmin = AdminTest.superAdminToken();
        given().auth().oauth2(superAdmin).contentType(ContentType.JSON).body(Map.of("tier", "PREMIUM")).when().put("/auth/admin/users/" + user + "/tier")
                .then().statusCode(200);

        given().auth().oauth2(superAdmin).queryParam("target", "accounts:" + user).queryParam("action", "TIER_CHANGE").when().get("/auth/admin/audit")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].service", equalTo("auth-service"))
                .body("items[0].before", equalTo("{\"tier\":\"USER\"}")).body("items[0].after", equalTo("{\"tier\":\"PREMIUM\"}"));
        given().auth().oauth2(superAdmin).queryParam("service", "auth-service").queryParam("limit", 20).when().get("/auth/admin/audit").then()
                .statusCode(200).body("items.service", everyItem(equalTo("auth-service"))).body("items.action", hasItem("TIER_CHANGE"));
    }

    @Test
    void aMalformedFilterIsA400NamingItAndNoEntryCanBeChanged() {
        String superAdmin = AdminTest.superAdminToken();
        given().auth().oauth2(superAdmin).queryParam("from", "yesterday").when().get("/auth/admin/audit").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(superAdmin).queryParam("action", "DROP_TABLE").when().get("/auth/admin/audit").then()
                .statusCode(400).body("errors[0].field", equalTo("action"));
        given().auth().oauth2(superAdmin).when().delete("/auth/admin/audit").then().statusCode(405);
        given().auth().oauth2(superAdmin).contentType(ContentType.JSON).body("{}").when().put("/auth/admin/audit").then().statusCode(405);
    }
}
