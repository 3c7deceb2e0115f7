package com.wheyprice.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.api.event.AuthEvent;
import com.wheyprice.auth.api.event.AuthStreams;
import com.wheyprice.auth.api.event.SubjectErased;
import com.wheyprice.catalog.admin.CatalogWriter;
import com.wheyprice.catalog.api.Discovery;
import com.wheyprice.catalog.api.event.AlertFired;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.catalog.api.event.DiscoveryDecided;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.common.retention.Retention;
import com.wheyprice.common.testing.Management;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.redis.datasource.RedisDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Affiliate redirects, price alerts and product discovery, as shoppers and admins use them.
 * The subclasses run it on PostgreSQL and on SQLite.
 */
public abstract class ShopperFeaturesContract {

    private static final Duration WAIT = Duration.ofSeconds(10);

    TestIssuer issuer;

    @Inject
    Database database;

    @Inject
    CatalogWriter writer;

    @Inject
    Clock clock;

    @Inject
    RedisDataSource redis;

    @Inject
    RedisKeys keys;

    @Inject
    ObjectMapper json;

    @Inject
    Retention retention;

    /** A demo listing with its variant, price and retailer. */
    private Map<String, Object> demoListing() {
        return database.first("""
                SELECT l.id, l.variant_id, l.price_minor, l.url FROM catalog_listing l JOIN catalog_retailer r ON r.id = l.retailer_id
                 WHERE r.slug = 'proteinmart' AND l.price_minor IS NOT NULL ORDER BY l.id LIMIT 1""",
                row -> Map.<String, Object>of("id", Rows.uuid(row, "id"), "variant", Rows.uuid(row, "variant_id"),
                        "price", Rows.count(row, "price_minor"), "url", row.getString("url")))
                .await().atMost(WAIT);
    }

    private long clicksOn(UUID listing) {
        return database.first("SELECT COUNT(*) AS n FROM catalog_click WHERE listing_id = $1", row -> Rows.count(row, "n"), listing)
                .await().atMost(WAIT);
    }

    @Test
    void affiliateLinkRedirectsWithTheRetailerTemplateAndRecordsTheClick() {
        Map<String, Object> listing = demoListing();
        UUID id = (UUID) listing.get("id");
        long before = clicksOn(id);

        given().redirects().follow(false).header("Referer", "https://whey.example/compare").when().get("/go/" + id).then()
                .statusCode(302)
                .header("Location", equalTo(listing.get("url") + "?ref=wheyprice"))
                .header("Cache-Control", "no-store");

        await().atMost(WAIT).until(() -> clicksOn(id) == before + 1);
        Management.given().accept("text/plain").when().get("/q/metrics").then()
                .body(org.hamcrest.Matchers.containsString("whey_affiliate_clicks_total{retailer=\"proteinmart\""));
        given().auth().oauth2(issuer.token(Tier.ADMIN)).when().get("/catalog/admin/clicks").then()
                .statusCode(200).body("retailer", hasItem("proteinmart"));
        given().auth().oauth2(issuer.token(Tier.USER)).when().get("/catalog/admin/clicks").then().statusCode(403);
    }

    @Test
    void aClickFromAPriceAlertIsCountedAsOneForTheAdmin() {
        Map<String, Object> listing = demoListing();
        UUID id = (UUID) listing.get("id");
        long fromAlerts = alertClicksToday();

        given().redirects().follow(false).queryParam("source", "ALERT").when().get("/go/" + id).then().statusCode(302);

        await().atMost(WAIT).until(() -> alertClicksToday() == fromAlerts + 1);
        given().redirects().follow(false).queryParam("source", "SPACESHIP").when().get("/go/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("source"));
    }

    private long alertClicksToday() {
        List<Integer> counts = given().auth().oauth2(issuer.token(Tier.ADMIN)).queryParam("days", 1).when().get("/catalog/admin/clicks").then()
                .statusCode(200).extract().path("findAll { it.retailer == 'proteinmart' }.fromAlerts");
        return counts.stream().mapToLong(Integer::longValue).sum();
    }

    @Test
    void signedInClickIsAttributedAndABadTokenNeverBlocksTheRedirect() {
        UUID id = (UUID) demoListing().get("id");
        given().redirects().follow(false).auth().oauth2(issuer.token(Tier.USER)).when().get("/go/" + id).then().statusCode(302);
        given().redirects().follow(false).auth().oauth2("not-a-token").when().get("/go/" + id).then().statusCode(302);

        await().atMost(WAIT).until(() -> database.first("SELECT COUNT(*) AS n FROM catalog_click WHERE listing_id = $1 AND user_id IS NOT NULL",
                row -> Rows.count(row, "n"), id).await().atMost(WAIT) >= 1);
        given().redirects().follow(false).when().get("/go/not-a-uuid").then().statusCode(400);
        given().redirects().follow(false).when().get("/go/" + UUID.randomUUID()).then().statusCode(404);
    }

    private Response createAlert(String token, Object variant, long target) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("variantId", variant.toString(), "targetPrice", Map.of("amountMinor", target, "currency", "INR")))
                .when().post("/catalog/alerts");
    }

    @Test
    void alertFiresOnceWhenThePriceCrossesItsTargetAndArmsAgainAbove() {
        TestListings.Created own = TestListings.create(database, writer, clock);
        String shopper = issuer.token(Tier.USER);
        String alertId = createAlert(shopper, own.variant(), 100_000).then().statusCode(201).extract().path("id");

        String service = issuer.serviceToken("scraper-service");
        for (long observed : new long[] { 90_000, 85_000, 110_000, 80_000 }) {
            given().auth().oauth2(service).contentType(ContentType.JSON).body(Map.of("results", List.of(Map.of(
                    "jobId", "alert-" + UUID.randomUUID(), "listingId", own.listing().toString(), "observedAt", clock.instant().toString(),
                    "outcome", "OK", "availability", "IN_STOCK", "price", Map.of("amountMinor", observed, "currency", "INR")))))
                    .when().post("/internal/scrape-results").then().statusCode(200);
        }

        List<Map<String, Object>> alerts = given().auth().oauth2(shopper).when().get("/catalog/alerts").then()
                .statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> alert = alerts.stream().filter(a -> alertId.equals(a.get("id"))).findFirst().orElseThrow();
        assertThat((List<?>) alert.get("fired")).as("fired below target, not again while below, again after rising above").hasSize(2);

        await().atMost(WAIT).untilAsserted(() -> assertThat(PublishedEvents.on(redis, keys, json, CatalogStreams.ALERTS).stream()
                .filter(event -> event instanceof AlertFired fired && fired.alertId().toString().equals(alertId)).map(AlertFired.class::cast))
                .as("each firing tells its owner about the offer as it was")
                .hasSize(2)
                .allSatisfy(fired -> {
                    assertThat(fired.userId()).isNotNull();
                    assertThat(fired.details().retailer()).startsWith("Shop ");
                    assertThat(fired.details().product()).startsWith("Product ");
                    assertThat(fired.details().packSizeG()).isEqualTo(1000);
                    assertThat(fired.details().pricePer100gProtein()).isNotNull();
                    assertThat(fired.details().lowest90Days().amountMinor()).isLessThanOrEqualTo(fired.price().amountMinor());
                }));
    }


    @Test
    void alertLimitsFollowTheTierAndHoldUnderConcurrency() throws Exception {
        Object variant = demoListing().get("variant");
        String shopper = issuer.token(Tier.USER);
        int attempts = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            long target = 100_000 + i;
            statuses.add(pool.submit(() -> {
                start.await();
                return createAlert(shopper, variant, target).statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            codes.add(status.get());
        }
        pool.shutdown();

        assertThat(codes.stream().filter(code -> code == 201)).hasSize(5);
        assertThat(codes.stream().filter(code -> code == 409)).hasSize(3);
        String firstId = given().auth().oauth2(shopper).get("/catalog/alerts").path("[0].id");
        given().auth().oauth2(shopper).when().delete("/catalog/alerts/" + firstId).then().statusCode(204);
        createAlert(shopper, variant, 123).then().statusCode(201);

        String premium = issuer.token(Tier.PREMIUM);
        for (int i = 0; i < 6; i++) {
            createAlert(premium, variant, 1000 + i).then().statusCode(201);
        }
    }

    @Test
    void alertInputIsChecked() {
        String shopper = issuer.token(Tier.USER);
        createAlert(shopper, UUID.randomUUID(), 100).then().statusCode(400).body("errors.field", hasItem("variantId"));
        createAlert(shopper, demoListing().get("variant"), -1).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").when().post("/catalog/alerts").then().statusCode(401);
        given().auth().oauth2(shopper).when().delete("/catalog/alerts/" + UUID.randomUUID()).then().statusCode(404);
    }

    private Response submit(String token, String url) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("url", url)).when().post("/catalog/discoveries");
    }

    @Test
    void discoveryIsDeduplicatedAndApprovalCreatesADueListing() {
        String shopper = issuer.token(Tier.USER);
        String path = "/products/new-whey-" + UUID.randomUUID();
        String id = submit(shopper, "https://WWW.NewShop.example" + path + "/?utm_source=mail#reviews").then()
                .statusCode(201).body("status", equalTo("PENDING")).body("domain", equalTo("newshop.example")).extract().path("id");
        submit(issuer.token(Tier.USER), "https://www.newshop.example" + path).then().statusCode(200).body("id", equalTo(id));

        String admin = issuer.token(Tier.ADMIN);
        given().auth().oauth2(admin).when().get("/catalog/admin/discoveries").then().statusCode(200).body("items.id", hasItem(id));
        Object variant = demoListing().get("variant");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("variantId", variant.toString()))
                .when().post("/catalog/admin/discoveries/" + id + "/approve").then()
                .statusCode(400).body("errors.field", hasItem("retailerId"));
        String retailer = database.first("SELECT id FROM catalog_retailer WHERE slug = 'fitkart'", row -> Rows.uuid(row, "id").toString())
                .await().atMost(WAIT);

        String listing = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("variantId", variant.toString(), "retailerId", retailer))
                .when().post("/catalog/admin/discoveries/" + id + "/approve").then()
                .statusCode(200).body("status", equalTo("APPROVED")).extract().path("listingId");
        given().auth().oauth2(issuer.serviceToken("scraper-service")).queryParam("limit", 1000).when().post("/internal/listings/claim-due").then()
                .statusCode(200).body("listingId", hasItem(listing));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("variantId", variant.toString(), "retailerId", retailer))
                .when().post("/catalog/admin/discoveries/" + id + "/approve").then().statusCode(409);
        given().auth().oauth2(shopper).when().get("/catalog/discoveries").then().statusCode(200).body("find { it.id == '" + id + "' }.status",
                equalTo("APPROVED"));

        DiscoveryDecided decided = decisionOn(id);
        assertThat(decided.decision()).as("the submitter is told").isEqualTo(Discovery.Status.APPROVED);
        assertThat(decided.userId()).isNotNull();
        assertThat(decided.listingId()).hasToString(listing);
        assertThat(decided.product()).matches(".+ \\(.*\\d+ g\\)");
        assertThat(decided.url()).as("the page as its submitter gave it").isEqualTo("https://WWW.NewShop.example" + path + "/?utm_source=mail#reviews");
    }

    /** The one decision event catalog published about the discovery, read as any consumer reads it. */
    private DiscoveryDecided decisionOn(String discoveryId) {
        return await().atMost(WAIT).until(() -> PublishedEvents.on(redis, keys, json, CatalogStreams.DISCOVERIES).stream()
                .filter(event -> event instanceof DiscoveryDecided decided && decided.discoveryId().toString().equals(discoveryId))
                .map(DiscoveryDecided.class::cast).toList(), found -> found.size() == 1).get(0);
    }

    @Test
    void unsafeOrMalformedUrlsAreRefused() {
        String shopper = issuer.token(Tier.USER);
        for (String url : List.of("ftp://shop.example/p", "javascript:alert(1)", "http://127.0.0.1/admin", "http://localhost:8080/x",
                "http://10.0.0.5/p", "http://192.168.1.1/p", "http://169.254.169.254/latest/meta-data", "http://[::1]/p",
                "https://user:pw@shop.example/p", "not a url", "http://shop.internal/p")) {
            submit(shopper, url).then().statusCode(400).body("errors.field", hasItem("url"));
        }
        given().auth().oauth2(issuer.token(Tier.USER)).contentType(ContentType.JSON).body(Map.of("url", "https://x.example/" + "a".repeat(3000)))
                .when().post("/catalog/discoveries").then().statusCode(400);
    }

    @Test
    void onlyAdminsDecideDiscoveries() {
        String id = submit(issuer.token(Tier.USER), "https://another.example/p/" + UUID.randomUUID()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(issuer.token(Tier.PREMIUM)).when().post("/catalog/admin/discoveries/" + id + "/reject").then().statusCode(403);
        given().auth().oauth2(issuer.token(Tier.ADMIN)).when().post("/catalog/admin/discoveries/" + id + "/reject").then()
                .statusCode(200).body("status", equalTo("REJECTED"));
        DiscoveryDecided rejected = decisionOn(id);
        assertThat(rejected.decision()).isEqualTo(Discovery.Status.REJECTED);
        assertThat(rejected.listingId()).isNull();
        assertThat(rejected.product()).isNull();
        submit(issuer.token(Tier.USER), "https://another.example/p/x").then().statusCode(201).body("status", startsWith("PENDING"));
        given().auth().oauth2(issuer.token(Tier.ADMIN)).queryParam("status", "nonsense").when().get("/catalog/admin/discoveries").then()
                .statusCode(400).body("errors.field", hasSize(1));
    }

    @Test
    void aShoppersDataIsExportedOnlyToTheExporterAndOnErasureTheirAlertsGoAndTheirSuggestionsAndClicksStayWithoutThem() {
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String shopper = issuer.token(Tier.USER, claims -> claims.subject(erased.toString()));
        String stays = issuer.token(Tier.USER, claims -> claims.subject(other.toString()));
        Map<String, Object> listing = demoListing();
        createAlert(shopper, listing.get("variant"), 100).then().statusCode(201);
        createAlert(stays, listing.get("variant"), 100).then().statusCode(201);
        String suggested = given().auth().oauth2(shopper).contentType(ContentType.JSON)
                .body(Map.of("url", "https://erased.example/p/" + UUID.randomUUID(), "note", "my gym's favourite"))
                .when().post("/catalog/discoveries").then().statusCode(201).extract().path("id");
        given().redirects().follow(false).auth().oauth2(shopper).when().get("/go/" + listing.get("id")).then().statusCode(302);
        await().atMost(WAIT).until(() -> rowsOf(erased) == 4);
        String exporter = issuer.serviceToken("api-service");
        given().auth().oauth2(exporter).when().get("/internal/people/" + erased + "/data").then()
                .statusCode(200).body("alerts", hasSize(1)).body("discoveries[0].note", equalTo("my gym's favourite"))
                .body("clicks[0].listingId", equalTo(listing.get("id").toString()));
        given().auth().oauth2(issuer.serviceToken("scraper-service")).when().get("/internal/people/" + erased + "/data").then().statusCode(403);
        given().auth().oauth2(shopper).when().get("/internal/people/" + erased + "/data").then().statusCode(403);
        String admin = issuer.token(Tier.ADMIN);
        given().auth().oauth2(admin).when().get("/catalog/admin/erasures/" + erased).then()
                .statusCode(200).body("service", equalTo("catalog-service")).body("erasedAt", nullValue());

        SubjectErased event = SubjectErased.of(UUID.randomUUID(), clock.instant(), erased);
        publishOnAuthStream(event);
        publishOnAuthStream(event);

        await().atMost(WAIT).until(() -> rowsOf(erased) == 0);
        assertThat(rowsOf(other)).as("another shopper's alert and its quota stay").isEqualTo(2);
        given().auth().oauth2(exporter).when().get("/internal/people/" + erased + "/data").then()
                .statusCode(200).body("alerts", hasSize(0)).body("discoveries", hasSize(0)).body("clicks", hasSize(0));
        assertThat(database.first("SELECT COUNT(*) AS n FROM catalog_discovery WHERE url LIKE 'https://erased.example/%' AND submitted_by IS NULL"
                + " AND note IS NULL", row -> Rows.count(row, "n")).await().atMost(WAIT)).as("the suggestion stays, without its author or note")
                .isGreaterThanOrEqualTo(1);
        given().auth().oauth2(admin).when().get("/catalog/admin/erasures/" + erased).then()
                .statusCode(200).body("subject", equalTo(erased.toString())).body("erasedAt", notNullValue());
        given().auth().oauth2(stays).when().get("/catalog/admin/erasures/" + erased).then().statusCode(403);
        assertThat(database.first("SELECT COUNT(*) AS n FROM catalog_erasure WHERE subject = $1", row -> Rows.count(row, "n"), erased)
                .await().atMost(WAIT)).as("the same event read twice erases once").isEqualTo(1);

        // a decision on the detached suggestion tells nobody; one on another shopper's, published after it, shows the stream has caught up
        given().auth().oauth2(admin).when().post("/catalog/admin/discoveries/" + suggested + "/reject").then().statusCode(200);
        String another = submit(stays, "https://erased.example/q/" + UUID.randomUUID()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).when().post("/catalog/admin/discoveries/" + another + "/reject").then().statusCode(200);
        decisionOn(another);
        assertThat(PublishedEvents.on(redis, keys, json, CatalogStreams.DISCOVERIES))
                .noneMatch(published -> published instanceof DiscoveryDecided decided && decided.discoveryId().toString().equals(suggested));
    }

    @Test
    void oldClicksBecomeDailyCountsThatTheReportStillShowsAndOldObservationsAndDecidedHeldPricesGoWhileTheDailyLowsStay() {
        Instant now = clock.instant();
        UUID listing = (UUID) demoListing().get("id");
        UUID retailer = database.first("SELECT retailer_id FROM catalog_listing WHERE id = $1", row -> Rows.uuid(row, "retailer_id"), listing)
                .await().atMost(WAIT);
        UUID oldClick = click(listing, retailer, now.minus(Duration.ofDays(91)), "ALERT");
        UUID recentClick = click(listing, retailer, now.minus(Duration.ofDays(89)), "WEB");
        String admin = issuer.token(Tier.ADMIN);
        String before = given().auth().oauth2(admin).queryParam("days", 120).when().get("/catalog/admin/clicks").then().statusCode(200)
                .extract().asString();
        TestListings.Created own = TestListings.create(database, writer, clock);
        observe(own.listing(), now.minus(Duration.ofDays(366)));
        observe(own.listing(), now.minus(Duration.ofDays(364)));
        UUID oldRejected = held(own.listing(), "REJECTED", now.minus(Duration.ofDays(366)));
        UUID recentConfirmed = held(own.listing(), "CONFIRMED", now.minus(Duration.ofDays(364)));
        UUID stillPending = held(own.listing(), "PENDING", null);

        Map<String, Long> removed = retention.apply(now).await().atMost(WAIT);

        assertThat(removed).containsEntry("clicks", 1L).containsEntry("observations", 1L).containsEntry("quarantine", 1L);
        assertThat(exists("catalog_price_quarantine", oldRejected)).isFalse();
        assertThat(exists("catalog_price_quarantine", recentConfirmed)).isTrue();
        assertThat(exists("catalog_price_quarantine", stillPending)).as("a price waiting for a decision stays").isTrue();
        assertThat(exists("catalog_click", oldClick)).as("the click of 91 days ago is a count now").isFalse();
        assertThat(exists("catalog_click", recentClick)).isTrue();
        given().auth().oauth2(admin).queryParam("days", 120).when().get("/catalog/admin/clicks").then().statusCode(200)
                .body(equalTo(before));
        assertThat(database.first("SELECT COUNT(*) AS n FROM catalog_price_observation WHERE listing_id = $1", row -> Rows.count(row, "n"),
                own.listing()).await().atMost(WAIT)).as("the observation of 364 days ago stays").isEqualTo(1);
        assertThat(database.first("SELECT COUNT(*) AS n FROM catalog_price_daily WHERE listing_id = $1", row -> Rows.count(row, "n"),
                own.listing()).await().atMost(WAIT)).as("the daily roll-up of both days stays").isEqualTo(2);
        assertThat(retention.apply(now).await().atMost(WAIT)).allSatisfy((kind, count) -> assertThat(count).as(kind).isZero());
    }

    private UUID click(UUID listing, UUID retailer, Instant at, String source) {
        UUID id = UUID.randomUUID();
        database.update("INSERT INTO catalog_click (id, listing_id, retailer_id, user_id, referrer, source, clicked_at) VALUES ($1, $2, $3, $4, NULL, $5, $6)",
                id, listing, retailer, UUID.randomUUID(), source, at).await().atMost(WAIT);
        return id;
    }

    /** An observation as ingest records one: the raw row and its day in the roll-up. */
    private void observe(UUID listing, Instant at) {
        String day = at.toString().substring(0, 10);
        database.update("""
                INSERT INTO catalog_price_observation (listing_id, observed_at, price_minor, list_price_minor, currency, availability, job_id)
                VALUES ($1, $2, 250000, NULL, 'INR', 'IN_STOCK', $3)""", listing, at, "old-" + UUID.randomUUID()).await().atMost(WAIT);
        database.update("""
                INSERT INTO catalog_price_daily (listing_id, day, currency, low, high, total, n, last_price, last_at)
                VALUES ($1, $2, 'INR', 250000, 250000, 250000, 1, 250000, $3)""", listing, day, at).await().atMost(WAIT);
    }

    /** A held-back price of 400 days ago in {@code status}, decided at {@code decidedAt} (null while pending). */
    private UUID held(UUID listing, String status, Instant decidedAt) {
        UUID id = UUID.randomUUID();
        Instant observed = clock.instant().minus(Duration.ofDays(400));
        database.update("""
                INSERT INTO catalog_price_quarantine (id, listing_id, job_id, observed_at, price_minor, list_price_minor, currency, availability,
                                                      reason, reference_minor, status, decided_via, decided_at, created_at)
                VALUES ($1, $2, $3, $4, 2500, NULL, 'INR', 'IN_STOCK', 'SCALE_SLIP', 250000, $5, $6, $7, $4)""", id, listing, "held-" + id, observed,
                status, decidedAt == null ? null : "SCRAPE", decidedAt).await().atMost(WAIT);
        return id;
    }

    private boolean exists(String table, UUID id) {
        return database.first("SELECT COUNT(*) AS n FROM " + table + " WHERE id = $1", row -> Rows.count(row, "n"), id).await().atMost(WAIT) == 1;
    }

    /** Alerts, suggestions and clicks that still name this person. */
    private long rowsOf(UUID person) {
        return database.first("""
                SELECT (SELECT COUNT(*) FROM catalog_alert WHERE user_id = $1) + (SELECT COUNT(*) FROM catalog_alert_quota WHERE user_id = $1)
                     + (SELECT COUNT(*) FROM catalog_discovery WHERE submitted_by = $1) + (SELECT COUNT(*) FROM catalog_click WHERE user_id = $1) AS n""",
                row -> Rows.count(row, "n"), person).await().atMost(WAIT);
    }

    /** Puts the event on auth-service's stream of erasures, as its outbox relay does. */
    private void publishOnAuthStream(AuthEvent event) {
        try {
            redis.stream(String.class).xadd(keys.key("auth", AuthStreams.SUBJECTS), Map.of(AuthStreams.FIELD, json.writeValueAsString(event)));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
