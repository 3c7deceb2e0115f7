package com.wheyprice.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.wheyprice.auth.api.Contact;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.api.event.SubjectErased;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.testing.WebhookReceiver;
import com.wheyprice.notify.NotifyTestResource.SmtpServer;

import io.restassured.http.ContentType;

/**
 * Priya (PREMIUM) connects her price alerts to an integration: she registers an HTTPS webhook,
 * copies the secret shown once, and her receiver gets each fired alert once, with a signature it
 * verifies. A receiver that keeps failing is turned off and Priya is told by e-mail. Webhooks are
 * for PREMIUM and above, and only to public HTTPS hosts (the one local receiver of these tests
 * excepted, as development allows). Run on both engines ({@link WebhookTest}, {@link WebhookOnSqliteTest}).
 */
abstract class WebhookContract extends NotifyTestBase {

    @Test
    void priyasReceiverGetsEachFiredAlertOnceSignedWithTheSecretShownOnce() throws Exception {
        Contact priya = people.person(Tier.PREMIUM);
        String token = tokenOf(priya);
        String secret = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("url", receiver.url()))
                .when().post("/notifications/webhooks").then().statusCode(201)
                .body("webhook.url", equalTo(receiver.url())).body("webhook.enabled", equalTo(true))
                .body("secret", startsWith("whsec_")).extract().path("secret");
        receiver.secret(secret);
        given().auth().oauth2(token).when().get("/notifications/webhooks").then().statusCode(200)
                .body("[0].url", equalTo(receiver.url())).body("[0].secret", nullValue());
        int before = receiver.accepted().size();

        AlertFired alert = TestEvents.alert(priya.id(), UUID.randomUUID(), clock.instant());
        events().fire(alert);
        events().fire(alert);
        await().atMost(WAIT).until(() -> receiver.accepted().size() > before);
        await().atMost(WAIT).until(() -> !smtp.mailsTo(priya.email()).isEmpty());

        List<WebhookReceiver.Received> mine = receiver.accepted().subList(before, receiver.accepted().size());
        assertThat(mine).as("the repeated event makes no second POST").hasSize(1);
        JsonNode body = json.readTree(mine.get(0).body());
        assertThat(body.path("type").asText()).isEqualTo("price-alert.fired");
        assertThat(body.path("data").path("alertId").asText()).isEqualTo(alert.alertId().toString());
        assertThat(body.path("data").path("price").path("amountMinor").asLong()).isEqualTo(249_900);
        assertThat(body.path("data").path("buyUrl").asText())
                .isEqualTo(NotifyTestResource.PUBLIC_URL + "/api/v1/go/" + alert.listingId() + "?source=ALERT");
        assertThat(mine.get(0).id()).startsWith("msg_");
    }

    @Test
    void aReceiverThatKeepsFailingIsTurnedOffAndItsOwnerIsToldByEmail() throws Exception {
        Contact priya = people.person(Tier.PREMIUM);
        String token = tokenOf(priya);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("url", receiver.url()))
                .when().post("/notifications/webhooks").then().statusCode(201).extract().path("webhook.id");
        // a secret the receiver does not expect: every delivery fails its signature check
        receiver.secret("whsec_" + Base64.getEncoder().encodeToString(new byte[32]));
        int refusedBefore = receiver.refused();

        events().fire(TestEvents.alert(priya.id(), UUID.randomUUID(), clock.instant()));
        await().atMost(WAIT).until(() -> !given().auth().oauth2(token).when().get("/notifications/webhooks").then().extract()
                .<Boolean>path("find { it.id == '" + id + "' }.enabled"));
        MimeMessage told = await().atMost(WAIT).until(() -> smtp.mailsTo(priya.email()).stream()
                .filter(mail -> SmtpServer.subject(mail).equals("Your webhook was turned off after failing")).toList(), mails -> !mails.isEmpty()).get(0);
        assertThat(SmtpServer.part(told, "text/plain")).contains(receiver.url(), "did not accept 3 price alerts in a row", "answered 401");
        assertThat(told.getHeader("List-Unsubscribe")).isNull();
        assertThat(receiver.refused() - refusedBefore).isEqualTo(3);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("enabled", true)).when().put("/notifications/webhooks/" + id)
                .then().statusCode(200).body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0)).body("disabledReason", nullValue());
    }

    @Test
    void webhooksAreForPremiumAccountsAndAbove() {
        Contact user = people.person(Tier.USER);
        given().auth().oauth2(tokenOf(user)).contentType(ContentType.JSON).body(Map.of("url", receiver.url()))
                .when().post("/notifications/webhooks").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void onlyPublicHttpsTargetsOnPort443AreAcceptedAndTheProblemNamesTheUrl() {
        String token = tokenOf(people.person(Tier.PREMIUM));
        for (String url : List.of("http://hooks.example.com/x", "https://127.0.0.1/x", "https://10.1.2.3/x", "https://169.254.169.254/latest",
                "https://0x7f.1/x", "https://localhost:1/x", "https://[::1]/x", "https://user:pass@hooks.example.com/x", "ftp://example.com/x",
                "not a url", "https://hooks.example.com:8443/x", "https://" + "a".repeat(2100) + ".com/")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("url", url)).when().post("/notifications/webhooks").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("url"));
        }
        given().auth().oauth2(token).when().get("/notifications/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void nobodyChangesOrDeletesAnotherPersonsWebhook() {
        String owner = tokenOf(people.person(Tier.PREMIUM));
        String id = given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("url", receiver.url()))
                .when().post("/notifications/webhooks").then().statusCode(201).extract().path("webhook.id");
        String other = tokenOf(people.person(Tier.PREMIUM));

        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("enabled", false)).when().put("/notifications/webhooks/" + id)
                .then().statusCode(404);
        given().auth().oauth2(other).when().delete("/notifications/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(owner).when().delete("/notifications/webhooks/" + id).then().statusCode(204);
        given().auth().oauth2(owner).when().delete("/notifications/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void priyasDataIsExportedOnlyToTheExporterAndOnErasureHerWebhooksChoicesAndDeliveriesGoAndNoneIsMadeForHerAfter() throws Exception {
        Contact priya = people.person(Tier.PREMIUM);
        Contact other = people.person(Tier.PREMIUM);
        String token = tokenOf(priya);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("url", receiver.url()))
                .when().post("/notifications/webhooks").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .when().put("/notifications/preferences/EMAIL/ACCOUNT_SECURITY").then().statusCode(200);
        events().fire(TestEvents.alert(priya.id(), UUID.randomUUID(), clock.instant()));
        await().atMost(WAIT).until(() -> !smtp.mailsTo(priya.email()).isEmpty());
        assertThat(rowsOf(priya)).as("her webhook, her choice, her e-mail and webhook deliveries").isEqualTo(4);
        String exporter = issuer.serviceToken("api-service");
        given().auth().oauth2(exporter).when().get("/internal/people/" + priya.id() + "/data").then().statusCode(200)
                .body("preferences.kind", contains("ACCOUNT_SECURITY")).body("webhooks.url", contains(receiver.url()))
                .body("webhooks[0].secret", nullValue()).body("deliveries.channel", containsInAnyOrder("EMAIL", "WEBHOOK"));
        given().auth().oauth2(issuer.serviceToken("scraper-service")).when().get("/internal/people/" + priya.id() + "/data").then().statusCode(403);
        String admin = issuer.token(Tier.ADMIN);
        given().auth().oauth2(admin).when().get("/notifications/admin/erasures/" + priya.id()).then()
                .statusCode(200).body("service", equalTo("notification-service")).body("erasedAt", nullValue());

        SubjectErased erased = SubjectErased.of(UUID.randomUUID(), clock.instant(), priya.id());
        events().onAuth(erased);
        events().onAuth(erased);
        await().atMost(WAIT).until(() -> rowsOf(priya) == 0);
        given().auth().oauth2(admin).when().get("/notifications/admin/erasures/" + priya.id()).then()
                .statusCode(200).body("erasedAt", notNullValue());
        given().auth().oauth2(tokenOf(other)).when().get("/notifications/admin/erasures/" + priya.id()).then().statusCode(403);

        // an alert fired just before the erasure, read after it, makes nothing; another person's, read after it, shows it was read
        events().fire(TestEvents.alert(priya.id(), UUID.randomUUID(), clock.instant()));
        events().fire(TestEvents.alert(other.id(), UUID.randomUUID(), clock.instant()));
        await().atMost(WAIT).until(() -> !smtp.mailsTo(other.email()).isEmpty());
        assertThat(rowsOf(priya)).isZero();
    }

    /**
     * Priya erases her account. auth-service ends her session and announces it, then publishes the
     * erasure; this service may hear of the erasure before its next revocation sync. Her token is
     * refused here by the time her data is gone, so no request of hers writes a row after it.
     */
    @Test
    void onceHerErasureIsDoneHereHerTokenIsRefusedHereEvenBeforeTheNextRevocationSync() {
        Contact priya = people.person(Tier.PREMIUM);
        UUID session = UUID.randomUUID();
        String token = issuer.token(priya.tier(), claims -> claims.subject(priya.id().toString()).claim("sid", session.toString()));
        given().auth().oauth2(token).when().get("/notifications/preferences").then().statusCode(200);

        events().endSessionBeforeTheNextSync(session, clock.instant());
        events().onAuth(SubjectErased.of(UUID.randomUUID(), clock.instant(), priya.id()));
        String admin = issuer.token(Tier.ADMIN);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(admin).when().get("/notifications/admin/erasures/" + priya.id())
                .then().statusCode(200).body("erasedAt", notNullValue()));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .when().put("/notifications/preferences/EMAIL/ACCOUNT_SECURITY").then().statusCode(401);
        assertThat(rowsOf(priya)).isZero();
    }

    /** Webhooks, preferences and deliveries that still name this person. */
    private long rowsOf(Contact person) {
        return database.first("""
                SELECT (SELECT COUNT(*) FROM notification_webhook WHERE user_id = $1) + (SELECT COUNT(*) FROM notification_preference WHERE user_id = $1)
                     + (SELECT COUNT(*) FROM notification_delivery WHERE user_id = $1) AS n""", row -> Rows.count(row, "n"), person.id())
                .await().atMost(WAIT);
    }

    private String tokenOf(Contact person) {
        return issuer.token(person.tier(), claims -> claims.subject(person.id().toString()));
    }
}
