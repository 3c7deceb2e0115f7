package com.wheyprice.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.wheyprice.auth.api.Contact;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.catalog.api.Discovery;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.catalog.api.event.DiscoveryDecided;
import com.wheyprice.notify.NotifyTestResource.SmtpServer;
import com.wheyprice.notify.event.EventReader;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A shopper's price alert fires at catalog-service, and the shopper holds the e-mail: once, with
 * a text and an HTML part, a buy link and a one-click unsubscribe that works without signing in.
 * Events arrive on catalog's real Redis stream, mail goes over real SMTP to a real server.
 */
@QuarkusTest
@QuarkusTestResource(value = NotifyTestResource.class, restrictToAnnotatedClass = true)
class PriceAlertEmailTest extends NotifyTestBase {

    @Test
    void aFiredAlertReachesTheShopperOnceWithTheOfferBothPartsAndOneClickUnsubscribe() throws Exception {
        Contact shopper = people.person(Tier.USER);
        AlertFired alert = TestEvents.alert(shopper.id(), UUID.randomUUID(), clock.instant());

        events().fire(alert);
        events().fire(alert);
        MimeMessage mail = await().atMost(WAIT).until(() -> smtp.mailsTo(shopper.email()), mails -> !mails.isEmpty()).get(0);

        assertThat(mail.getSubject()).isEqualTo("Price alert: Optimum Nutrition Gold Standard 100% Whey is INR 2,499.00 at Muscle Shop");
        assertThat(mail.getHeader("From")[0]).isEqualTo(NotifyTestResource.FROM);
        assertThat(mail.getHeader("Reply-To")[0]).isEqualTo(NotifyTestResource.REPLY_TO);
        assertThat(mail.getHeader("Message-ID")[0]).matches("<[0-9a-f-]{36}@wheyprice\\.example>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<" + NotifyTestResource.PUBLIC_URL + "/api/v1/notifications/unsubscribe?token=");
        String text = SmtpServer.part(mail, "text/plain");
        String html = SmtpServer.part(mail, "text/html");
        assertThat(text).contains("Hello Asha", "INR 2,499.00 at Muscle Shop", "your target of INR 2,600.00", "Chocolate, 2 kg",
                "List price: INR 3,299.00 (24% off)",
                "The shop raised this list price shortly before this sale: the discount it claims is not a real one.",
                "Usual price here: INR 2,799.00 (really 10% less)", "Price per 100 g of protein: INR 378.00", "the lowest price in 90 days",
                NotifyTestResource.PUBLIC_URL + "/api/v1/go/" + alert.listingId() + "?source=ALERT");
        assertThat(html).contains("<strong>INR 2,499.00</strong>", "href=\"" + NotifyTestResource.PUBLIC_URL + "/api/v1/go/" + alert.listingId()
                + "?source=ALERT\"", "Stop price alert e-mails");

        Contact sentinel = people.person(Tier.USER);
        events().fire(TestEvents.alert(sentinel.id(), UUID.randomUUID(), clock.instant()));
        await().atMost(WAIT).until(() -> smtp.mailsTo(sentinel.email()), mails -> !mails.isEmpty());
        assertThat(smtp.mailsTo(shopper.email())).as("the repeated event makes no second e-mail").hasSize(1);
    }

    @Test
    void theShopperUnsubscribesWithOneClickAndHearsNoMoreAlerts() throws Exception {
        Contact shopper = people.person(Tier.PREMIUM);
        events().fire(TestEvents.alert(shopper.id(), UUID.randomUUID(), clock.instant()));
        MimeMessage mail = await().atMost(WAIT).until(() -> smtp.mailsTo(shopper.email()), mails -> !mails.isEmpty()).get(0);
        String link = mail.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
        String path = link.substring(NotifyTestResource.PUBLIC_URL.length()).replace("/api/v1", "");

        given().when().get(path).then().statusCode(200).contentType(ContentType.HTML).body(containsString("<form method=\"post\">"));
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").when().post(path).then()
                .statusCode(200).body(containsString("no longer receive price alert e-mails"));
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").when().post(path).then().statusCode(200);

        UUID later = UUID.randomUUID();
        events().fire(TestEvents.alert(shopper.id(), later, clock.instant()));
        await().atMost(WAIT).until(() -> status(later), status -> status != null && !status.equals("PENDING"));
        assertThat(status(later)).isEqualTo("SKIPPED");
        assertThat(smtp.mailsTo(shopper.email())).hasSize(1);
    }

    @Test
    void aForgedOrAlteredUnsubscribeLinkIsRefusedNamingTheToken() {
        String other = UUID.randomUUID() + "|EMAIL|PRICE_ALERT";
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(other.getBytes()) + ".AAAA";
        for (String token : List.of(forged, "nonsense", "")) {
            given().queryParam("token", token).when().post("/notifications/unsubscribe").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("token"));
        }
    }

    @Test
    void anAddressNobodyProvedGetsNoAlertsSoNobodyCanHaveAlertsMailedToSomeoneElse() {
        Contact shopper = people.person(Tier.PREMIUM, false);
        UUID variant = UUID.randomUUID();
        events().fire(TestEvents.alert(shopper.id(), variant, clock.instant()));

        await().atMost(WAIT).until(() -> status(variant), status -> status != null && !status.equals("PENDING"));
        assertThat(status(variant)).isEqualTo("SKIPPED");
    }

    @Test
    void anErasedShopperIsNeverWrittenTo() throws Exception {
        Contact shopper = people.person(Tier.USER);
        people.erase(shopper.id());
        UUID variant = UUID.randomUUID();
        events().fire(TestEvents.alert(shopper.id(), variant, clock.instant()));

        await().atMost(WAIT).until(() -> status(variant), status -> status != null && !status.equals("PENDING"));
        assertThat(status(variant)).isEqualTo("SKIPPED");
        assertThat(smtp.mailsTo(shopper.email())).isEmpty();
    }

    @Test
    void aUserTierShopperGetsOneEmailPerVariantPerDayAndPremiumEveryCrossing() throws Exception {
        Contact user = people.person(Tier.USER);
        Contact premium = people.person(Tier.PREMIUM);
        UUID variant = UUID.randomUUID();
        for (Contact shopper : List.of(user, premium)) {
            events().fire(TestEvents.alert(shopper.id(), variant, clock.instant()));
            await().atMost(WAIT).until(() -> smtp.mailsTo(shopper.email()), mails -> mails.size() == 1);
            events().fire(TestEvents.alert(shopper.id(), variant, clock.instant()));
        }

        await().atMost(WAIT).until(() -> smtp.mailsTo(premium.email()), mails -> mails.size() == 2);
        await().atMost(WAIT).until(() -> statuses(user.id()), statuses -> statuses.equals(List.of("SENT", "SKIPPED")));
        assertThat(smtp.mailsTo(user.email())).hasSize(1);
    }

    @Test
    void whileTheMailServerIsDownTheAlertWaitsAndArrivesOnceItIsBack() throws Exception {
        Contact shopper = people.person(Tier.USER);
        smtp.stop();
        try {
            events().fire(TestEvents.alert(shopper.id(), UUID.randomUUID(), clock.instant()));
            await().atMost(WAIT).until(() -> database.first("SELECT attempts, last_error FROM notification_delivery WHERE user_id = $1",
                    row -> row.getValue("last_error") != null, shopper.id()).await().atMost(WAIT), Boolean.TRUE::equals);
        } finally {
            smtp.start();
        }
        await().atMost(WAIT).until(() -> smtp.mailsTo(shopper.email()), mails -> mails.size() == 1);
        assertThat(statuses(shopper.id())).containsExactly("SENT");
    }

    @Test
    void anAdminSeesADeliveryThatFailedEveryAttemptAndSendsItAgainOnceTheCauseIsFixed() throws Exception {
        Contact shopper = people.person(Tier.USER);
        String admin = issuer.token(Tier.ADMIN);
        UUID variant = UUID.randomUUID();
        smtp.stop();
        String id;
        try {
            events().fire(TestEvents.alert(shopper.id(), variant, clock.instant()));
            await().atMost(WAIT).until(() -> status(variant), "DEAD"::equals);
            id = given().auth().oauth2(admin).when().get("/notifications/admin/deliveries").then().statusCode(200)
                    .extract().path("items.find { it.userId == '" + shopper.id() + "' }.id");
            assertThat(id).isNotNull();
        } finally {
            smtp.start();
        }
        given().auth().oauth2(issuer.token(Tier.USER)).when().get("/notifications/admin/deliveries").then().statusCode(403);
        given().auth().oauth2(admin).when().post("/notifications/admin/deliveries/" + id + "/replay").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));

        await().atMost(WAIT).until(() -> smtp.mailsTo(shopper.email()), mails -> mails.size() == 1);
        given().auth().oauth2(admin).when().post("/notifications/admin/deliveries/" + id + "/replay").then().statusCode(409);
        given().auth().oauth2(admin).when().post("/notifications/admin/deliveries/" + UUID.randomUUID() + "/replay").then().statusCode(404);
    }

    @Test
    void aShopperTurnsAlertEmailsOffInTheirSettingsAndHearsNoMore() {
        Contact shopper = people.person(Tier.USER);
        String token = issuer.token(Tier.USER, claims -> claims.subject(shopper.id().toString()));
        given().auth().oauth2(token).when().get("/notifications/preferences").then().statusCode(200)
                .body("find { it.channel == 'EMAIL' && it.kind == 'PRICE_ALERT' }.enabled", equalTo(true));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().put("/notifications/preferences/EMAIL/PRICE_ALERT").then().statusCode(200).body("enabled", equalTo(false));
        given().auth().oauth2(token).when().get("/notifications/preferences").then()
                .body("find { it.channel == 'EMAIL' && it.kind == 'PRICE_ALERT' }.enabled", equalTo(false));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().put("/notifications/preferences/PIGEON/PRICE_ALERT").then().statusCode(404).contentType("application/problem+json");

        UUID variant = UUID.randomUUID();
        events().fire(TestEvents.alert(shopper.id(), variant, clock.instant()));
        await().atMost(WAIT).until(() -> status(variant), status -> status != null && !status.equals("PENDING"));
        assertThat(status(variant)).isEqualTo("SKIPPED");
    }

    @Test
    void aShopperHearsWhatBecameOfTheProductPagesTheySuggested() throws Exception {
        Contact shopper = people.person(Tier.USER);
        events().onCatalog(CatalogStreams.DISCOVERIES, DiscoveryDecided.of(UUID.randomUUID(), clock.instant(), UUID.randomUUID(), shopper.id(),
                "https://shop.example/whey-1kg", Discovery.Status.APPROVED, UUID.randomUUID(), "MuscleBlaze Raw Whey (Unflavoured, 1000 g)"));
        events().onCatalog(CatalogStreams.DISCOVERIES, DiscoveryDecided.of(UUID.randomUUID(), clock.instant(), UUID.randomUUID(), shopper.id(),
                "https://shop.example/creatine", Discovery.Status.REJECTED, null, null));

        List<MimeMessage> mails = await().atMost(WAIT).until(() -> smtp.mailsTo(shopper.email()), found -> found.size() == 2);
        MimeMessage approved = mails.stream().filter(mail -> SmtpServer.subject(mail).startsWith("Your suggestion is now tracked")).findFirst().orElseThrow();
        assertThat(approved.getSubject()).isEqualTo("Your suggestion is now tracked: MuscleBlaze Raw Whey (Unflavoured, 1000 g)");
        assertThat(SmtpServer.part(approved, "text/plain")).contains("https://shop.example/whey-1kg", "set a price alert");
        assertThat(approved.getHeader("List-Unsubscribe")[0]).contains("/api/v1/notifications/unsubscribe?token=");
        MimeMessage rejected = mails.stream().filter(mail -> SmtpServer.subject(mail).equals("Your product suggestion was not added")).findFirst().orElseThrow();
        assertThat(SmtpServer.part(rejected, "text/html")).contains("href=\"https://shop.example/creatine\"");
    }

    @Test
    void anEventThisBuildCannotReadIsDeadLetteredNotDropped() {
        String unreadable = "{\"type\":\"alert-fired\",\"version\":99,\"id\":\"" + UUID.randomUUID() + "\",\"at\":\"2026-11-30T10:00:00Z\"}";
        redis.stream(String.class).xadd(keys.key("catalog", CatalogStreams.ALERTS), Map.of(CatalogStreams.FIELD, unreadable));

        await().atMost(WAIT).until(() -> redis.list(String.class).lrange(keys.key("events", "dead", EventReader.GROUP), 0, -1),
                dead -> dead.stream().anyMatch(entry -> entry.contains("version")));
    }

    @Test
    void anAlertReadLongAfterItFiredIsNotSentSinceItsPriceIsStale() {
        Contact shopper = people.person(Tier.USER);
        UUID variant = UUID.randomUUID();
        events().fire(TestEvents.alert(shopper.id(), variant, clock.instant().minus(Duration.ofDays(2))));

        await().atMost(WAIT).until(() -> status(variant), status -> status != null);
        assertThat(status(variant)).isEqualTo("SKIPPED");
    }

    private String status(UUID variant) {
        return database.first("SELECT status FROM notification_delivery WHERE topic = $1", row -> row.getString("status"), variant.toString())
                .await().atMost(WAIT);
    }

    private List<String> statuses(UUID userId) {
        return database.list("SELECT status FROM notification_delivery WHERE user_id = $1 ORDER BY created_at, status", row -> row.getString("status"),
                userId).await().atMost(WAIT);
    }
}
