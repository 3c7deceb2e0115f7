package com.wheyprice.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.catalog.admin.CatalogWriter;
import com.wheyprice.catalog.api.event.CatalogChanged;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.catalog.api.event.CatalogEvent;
import com.wheyprice.catalog.api.event.Offer;
import com.wheyprice.catalog.api.event.PriceDropped;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.event.Outbox;
import com.wheyprice.common.event.OutboxRelay;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.common.testing.Management;
import com.wheyprice.common.testing.TestIssuer;
import com.wheyprice.platform.api.Money;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The scraper's side of catalog-service: claiming due listings, handing results back (once per
 * job id), and the events that price changes raise.
 * The subclasses run it on PostgreSQL and on SQLite.
 */
public abstract class ScrapeIngestContract {

    private static final Duration WAIT = Duration.ofSeconds(10);

    TestIssuer issuer;

    @Inject
    Database database;

    @Inject
    CatalogWriter writer;

    @Inject
    RedisDataSource redis;

    @Inject
    RedisKeys keys;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    private UUID listing;

    private UUID variant;

    /** A listing of its own for each test, on a retailer of its own, due now. */
    @BeforeEach
    void newListing() {
        TestListings.Created created = TestListings.create(database, writer, clock);
        listing = created.listing();
        variant = created.variant();
    }

    private String service() {
        return issuer.serviceToken("scraper-service");
    }

    private static Map<String, Object> ok(String jobId, UUID listing, Instant at, long price, Long listPrice) {
        Map<String, Object> result = new HashMap<>(Map.of("jobId", jobId, "listingId", listing.toString(), "observedAt", at.toString(),
                "outcome", "OK", "availability", "IN_STOCK", "price", Map.of("amountMinor", price, "currency", "INR")));
        if (listPrice != null) {
            result.put("listPrice", Map.of("amountMinor", listPrice, "currency", "INR"));
        }
        return result;
    }

    private io.restassured.response.Response hand(List<Map<String, Object>> results) {
        return given().auth().oauth2(service()).contentType(ContentType.JSON).body(Map.of("results", results))
                .when().post("/internal/scrape-results");
    }

    private long count(String sql) {
        return database.first(sql, row -> Rows.count(row, "n"), listing).await().atMost(WAIT);
    }

    @Test
    void onlyServicesMayUseTheInternalApi() {
        given().when().post("/internal/listings/claim-due").then().statusCode(401);
        given().auth().oauth2(issuer.token(Tier.SUPER_ADMIN)).when().post("/internal/listings/claim-due").then().statusCode(403);
        given().auth().oauth2(issuer.token(Tier.USER)).contentType(ContentType.JSON).body("{\"results\":[]}")
                .when().post("/internal/scrape-results").then().statusCode(403);
    }

    @Test
    void claimedListingsAreNotHandedOutAgainUntilTheLeaseEnds() {
        List<String> first = given().auth().oauth2(service()).queryParam("limit", 1000).when().post("/internal/listings/claim-due").then()
                .statusCode(200).body("listingId", hasItem(listing.toString())).extract().path("listingId");
        List<String> second = given().auth().oauth2(service()).queryParam("limit", 1000).when().post("/internal/listings/claim-due").then()
                .statusCode(200).extract().path("listingId");

        assertThat(second).doesNotContain(listing.toString());
        assertThat(first).doesNotHaveDuplicates();
        given().auth().oauth2(service()).queryParam("limit", 5000).when().post("/internal/listings/claim-due").then().statusCode(400);
    }

    @Test
    void anAdminsScrapeNowClaimsAListingThatIsNotDue() {
        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 100_000, null))).then().statusCode(200);

        given().auth().oauth2(service()).queryParam("listingId", listing.toString()).when().post("/internal/listings/claim").then()
                .statusCode(200).body("listingId", org.hamcrest.Matchers.contains(listing.toString()));
        given().auth().oauth2(service()).when().post("/internal/listings/claim").then().statusCode(400);
        given().auth().oauth2(service()).queryParam("listingId", listing.toString()).queryParam("retailerId", UUID.randomUUID().toString())
                .when().post("/internal/listings/claim").then().statusCode(400);
    }

    @Test
    void resultUpdatesTheOfferAppendsHistoryAndSchedulesTheNextScrape() {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        hand(List.of(ok("job-" + UUID.randomUUID(), listing, at, 199_900, 249_900L))).then()
                .statusCode(200).body("ingested", equalTo(1));

        Map<String, Object> row = database.first("SELECT price_minor, list_price_minor, availability, next_scrape_at FROM catalog_listing WHERE id = $1",
                r -> Map.<String, Object>of("price", Rows.count(r, "price_minor"), "list", Rows.count(r, "list_price_minor"),
                        "availability", r.getString("availability"), "next", Rows.instant(r, "next_scrape_at")), listing).await().atMost(WAIT);
        assertThat(row).containsEntry("price", 199_900L).containsEntry("list", 249_900L).containsEntry("availability", "IN_STOCK");
        assertThat((Instant) row.get("next")).isAfter(clock.instant().plus(Duration.ofHours(11)));
        assertThat(count("SELECT COUNT(*) AS n FROM catalog_price_observation WHERE listing_id = $1")).isEqualTo(1);
    }

    /** Yesterday's observations, so that none lies in the future whatever the hour of the run. */
    @Test
    void observationsOfOneDayFoldIntoTheDailyRollUp() {
        Instant morning = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1)).plus(Duration.ofHours(6));
        hand(List.of(ok("job-" + UUID.randomUUID(), listing, morning.plus(Duration.ofHours(5)), 120_000, null),
                ok("job-" + UUID.randomUUID(), listing, morning, 100_000, null),
                ok("job-" + UUID.randomUUID(), listing, morning.plus(Duration.ofHours(2)), 140_000, null))).then().statusCode(200);

        String day = database.first("SELECT low, high, total, n, last_price FROM catalog_price_daily WHERE listing_id = $1",
                row -> Rows.count(row, "low") + " " + Rows.count(row, "high") + " " + Rows.count(row, "total") + " " + Rows.count(row, "n")
                        + " " + Rows.count(row, "last_price"), listing).await().atMost(WAIT);
        assertThat(day).isEqualTo("100000 140000 360000 3 120000");
    }

    @Test
    void replayedBatchChangesNothing() {
        List<Map<String, Object>> batch = List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 150_000, null));
        hand(batch).then().statusCode(200).body("ingested", equalTo(1));

        hand(batch).then().statusCode(200).body("ingested", equalTo(0)).body("duplicates", equalTo(1))
                .body("results[0].status", equalTo("DUPLICATE"));
        assertThat(count("SELECT COUNT(*) AS n FROM catalog_price_observation WHERE listing_id = $1")).isEqualTo(1);
    }

    @Test
    void failedScrapeKeepsTheLastGoodPrice() {
        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant().minusSeconds(30), 123_400, null))).then().statusCode(200);

        hand(List.of(Map.of("jobId", "job-" + UUID.randomUUID(), "listingId", listing.toString(), "observedAt", clock.instant().toString(),
                "outcome", "FAILED", "error", "connect timed out"))).then().statusCode(200).body("ingested", equalTo(1));

        String status = database.first("SELECT price_minor, last_scrape_status, last_scrape_error FROM catalog_listing WHERE id = $1",
                r -> Rows.count(r, "price_minor") + " " + r.getString("last_scrape_status") + " " + r.getString("last_scrape_error"), listing)
                .await().atMost(WAIT);
        assertThat(status).isEqualTo("123400 FAILED connect timed out");
    }

    @Test
    void outOfStockPageOfAListingNeverPricedIsTakenAsItsAvailability() {
        hand(List.of(Map.of("jobId", "job-" + UUID.randomUUID(), "listingId", listing.toString(), "observedAt", clock.instant().toString(),
                "outcome", "OK", "availability", "OUT_OF_STOCK"))).then().statusCode(200).body("ingested", equalTo(1));

        String offer = database.first("SELECT price_minor, availability FROM catalog_listing WHERE id = $1",
                r -> r.getValue("price_minor") + " " + r.getString("availability"), listing).await().atMost(WAIT);
        assertThat(offer).isEqualTo("null OUT_OF_STOCK");
    }

    @Test
    void olderResultNeverOverwritesANewerOffer() {
        Instant now = clock.instant();
        hand(List.of(ok("job-" + UUID.randomUUID(), listing, now, 100_000, null))).then().statusCode(200);
        hand(List.of(ok("job-" + UUID.randomUUID(), listing, now.minus(Duration.ofHours(2)), 90_000, null))).then().statusCode(200);

        long price = database.first("SELECT price_minor FROM catalog_listing WHERE id = $1", r -> Rows.count(r, "price_minor"), listing)
                .await().atMost(WAIT);
        assertThat(price).isEqualTo(100_000L);
        assertThat(count("SELECT COUNT(*) AS n FROM catalog_price_observation WHERE listing_id = $1")).isEqualTo(2);
    }

    @Test
    void priceDropBeyondTheThresholdIsPublishedToRedis() {
        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant().minusSeconds(60), 200_000, null))).then().statusCode(200);
        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 150_000, null))).then().statusCode(200);

        await().atMost(WAIT).untilAsserted(() -> assertThat(PublishedEvents.on(redis, keys, mapper, CatalogStreams.PRICE_DROPS))
                .anySatisfy(event -> {
                    assertThat(event).isInstanceOf(PriceDropped.class);
                    assertThat(event.readable()).isTrue();
                    Offer offer = ((PriceDropped) event).offer();
                    assertThat(offer.listingId()).isEqualTo(listing);
                    assertThat(offer.price()).isEqualTo(new Money(150_000, "INR"));
                    assertThat(offer.previousPrice()).isEqualTo(new Money(200_000, "INR"));
                }));
        long leftInOutbox = database.first("SELECT COUNT(*) AS n FROM catalog_outbox WHERE payload LIKE $1", row -> Rows.count(row, "n"),
                "%" + listing + "%").await().atMost(WAIT);
        assertThat(leftInOutbox).isZero();
        Management.given().accept("text/plain").when().get("/q/metrics").then()
                .body(org.hamcrest.Matchers.containsString("whey_catalog_price_drops_total"))
                .body(org.hamcrest.Matchers.containsString("whey_price_observations_total"));
    }


    /** Noon (UTC) of the day {@code daysAgo} before today: in the past whatever the hour of the run. */
    private Instant noon(int daysAgo) {
        return clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(daysAgo)).plus(Duration.ofHours(12));
    }

    private List<CatalogEvent> dropsOf(UUID listing) {
        return PublishedEvents.on(redis, keys, mapper, CatalogStreams.PRICE_DROPS).stream()
                .filter(event -> event instanceof PriceDropped drop && drop.offer().listingId().equals(listing)).toList();
    }

    /**
     * Ravi watches a tub that costs 100 000 most days. A one-day spike to 150 000 and the return
     * to 100 000 is no drop he should hear about; a fall to 90 000 is.
     */
    @Test
    void aPriceBackToNormalAfterASpikeIsNoDropButAFallBelowTheRecentMedianIs() {
        List<Map<String, Object>> week = new ArrayList<>();
        for (int daysAgo = 6; daysAgo >= 2; daysAgo--) {
            week.add(ok("job-" + UUID.randomUUID(), listing, noon(daysAgo), 100_000, null));
        }
        week.add(ok("job-" + UUID.randomUUID(), listing, noon(1), 150_000, null));
        week.add(ok("job-" + UUID.randomUUID(), listing, clock.instant().minusSeconds(60), 100_000, null));
        hand(week).then().statusCode(200).body("ingested", equalTo(7));

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 90_000, null))).then().statusCode(200);

        await().atMost(WAIT).untilAsserted(() -> assertThat(dropsOf(listing)).isNotEmpty());
        assertThat(dropsOf(listing)).singleElement().satisfies(event -> {
            Offer offer = ((PriceDropped) event).offer();
            assertThat(offer.price()).isEqualTo(new Money(90_000, "INR"));
            assertThat(offer.previousPrice()).isEqualTo(new Money(100_000, "INR"));
        });
    }

    /**
     * Asha asks whether today's best for her tub is a good price. Her cheapest shop's last 20 days
     * ran from 100 000 to 119 000; another shop always asks 200 000, four times a day. Its prices
     * must not make 115 000 look good; a new low of 99 000 is.
     */
    @Test
    void theVerdictJudgesTodaysBestAgainstEachDaysBestNotAgainstADearShopsPrices() {
        UUID dearShop = TestListings.anotherRetailer(database, writer, clock, variant);
        List<Map<String, Object>> history = new ArrayList<>();
        for (int daysAgo = 1; daysAgo <= 20; daysAgo++) {
            history.add(ok("job-" + UUID.randomUUID(), listing, noon(daysAgo), 100_000 + (20 - daysAgo) * 1_000L, null));
            for (int hour = 0; hour < 4; hour++) {
                history.add(ok("job-" + UUID.randomUUID(), dearShop, noon(daysAgo).plus(Duration.ofHours(hour)), 200_000, null));
            }
        }
        history.add(ok("job-" + UUID.randomUUID(), listing, clock.instant().minusSeconds(60), 115_000, null));
        history.add(ok("job-" + UUID.randomUUID(), dearShop, clock.instant().minusSeconds(60), 200_000, null));
        hand(history).then().statusCode(200).body("ingested", equalTo(history.size()));

        given().queryParam("days", 30).when().get("/catalog/variants/" + variant + "/history").then().statusCode(200)
                .body("verdicts[0].currentBest.amountMinor", equalTo(115_000))
                .body("verdicts[0].percentile90Days", equalTo(77))
                .body("verdicts[0].goodPrice", equalTo(false))
                .body("verdicts[0].low30Days.amountMinor", equalTo(100_000));

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 99_000, null))).then().statusCode(200);

        given().queryParam("days", 30).when().get("/catalog/variants/" + variant + "/history").then().statusCode(200)
                .body("verdicts[0].currentBest.amountMinor", equalTo(99_000))
                .body("verdicts[0].percentile90Days", equalTo(0))
                .body("verdicts[0].goodPrice", equalTo(true));
    }


    /** Five days at 250 000 before now: the listing's recent history a new price is judged against. */
    private void usualPrice() {
        List<Map<String, Object>> days = new ArrayList<>();
        for (int daysAgo = 5; daysAgo >= 1; daysAgo--) {
            days.add(ok("job-" + UUID.randomUUID(), listing, noon(daysAgo), 250_000, null));
        }
        hand(days).then().statusCode(200).body("ingested", equalTo(5));
    }

    private long offer() {
        return database.first("SELECT price_minor FROM catalog_listing WHERE id = $1", r -> Rows.count(r, "price_minor"), listing).await().atMost(WAIT);
    }

    private List<Map<String, Object>> heldBack(String status) {
        return given().auth().oauth2(issuer.token(Tier.ADMIN)).queryParam("status", status).queryParam("limit", 200)
                .when().get("/catalog/admin/quarantine").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")
                .stream().filter(held -> listing.toString().equals(held.get("listingId"))).toList();
    }

    private List<CatalogEvent> eventsOf(String stream, UUID listing) {
        return PublishedEvents.on(redis, keys, mapper, stream).stream().filter(event -> event.toString().contains(listing.toString())).toList();
    }

    /**
     * Meera waits for her tub to fall below 200 000. The shop's page loses its decimal point and
     * reads 2 500: that must not become the offer, fire her alert or raise an event. The next
     * scrape reads 250 000 again, which clears it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPriceAHundredTimesTooLowIsHeldBackFiresNoAlertAndIsClearedByTheNextScrape() {
        usualPrice();
        String meera = issuer.token(Tier.USER);
        String alert = given().auth().oauth2(meera).contentType(ContentType.JSON)
                .body(Map.of("variantId", variant.toString(), "targetPrice", Map.of("amountMinor", 200_000, "currency", "INR")))
                .when().post("/catalog/alerts").then().statusCode(201).extract().path("id");
        relay.relay().await().atMost(WAIT);
        int eventsBefore = eventsOf(CatalogStreams.CHANGES, listing).size();

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant().minusSeconds(60), 2_500, null))).then().statusCode(200)
                .body("ingested", equalTo(1));

        assertThat(offer()).isEqualTo(250_000L);
        assertThat(heldBack("PENDING")).singleElement().satisfies(held -> {
            assertThat(held).containsEntry("reason", "SCALE_SLIP").containsEntry("status", "PENDING");
            assertThat((Map<String, Object>) held.get("reference")).containsEntry("amountMinor", 250_000).containsEntry("currency", "INR");
        });
        Instant recheck = database.first("SELECT next_scrape_at FROM catalog_listing WHERE id = $1", r -> Rows.instant(r, "next_scrape_at"), listing)
                .await().atMost(WAIT);
        assertThat(recheck).as("scraped again soon, to confirm or clear it").isBefore(clock.instant().plus(Duration.ofHours(1)));
        given().auth().oauth2(meera).when().get("/catalog/alerts").then().statusCode(200)
                .body("find { it.id == '" + alert + "' }.fired", org.hamcrest.Matchers.empty());
        relay.relay().await().atMost(WAIT);
        assertThat(eventsOf(CatalogStreams.CHANGES, listing)).hasSize(eventsBefore);
        assertThat(dropsOf(listing)).isEmpty();
        Management.given().accept("text/plain").when().get("/q/metrics").then()
                .body(org.hamcrest.Matchers.containsString("whey_price_quarantined_total{reason=\"scale_slip\""));

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 251_000, null))).then().statusCode(200);

        assertThat(offer()).isEqualTo(251_000L);
        assertThat(heldBack("PENDING")).isEmpty();
        assertThat(heldBack("REJECTED")).singleElement().satisfies(held -> assertThat(held).containsEntry("decidedVia", "SCRAPE"));
        assertThat(count("SELECT COUNT(*) AS n FROM catalog_price_observation WHERE listing_id = $1 AND price_minor = 2500")).isZero();
    }

    /** A real clearance sale: the shop really does sell at 60 000 now, and the scrape after says so too. */
    @Test
    void aFarLowerPriceThatTheNextScrapeRepeatsIsConfirmedBecomesTheOfferAndIsNoLongerHeld() {
        usualPrice();

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant().minusSeconds(120), 60_000, null))).then().statusCode(200);
        assertThat(offer()).isEqualTo(250_000L);
        assertThat(heldBack("PENDING")).singleElement().satisfies(held -> assertThat(held).containsEntry("reason", "TOO_LOW"));

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant().minusSeconds(60), 61_000, null))).then().statusCode(200);

        assertThat(offer()).isEqualTo(61_000L);
        assertThat(heldBack("CONFIRMED")).singleElement().satisfies(held -> assertThat(held).containsEntry("decidedVia", "SCRAPE"));
        assertThat(count("SELECT COUNT(*) AS n FROM catalog_price_observation WHERE listing_id = $1 AND price_minor = 60000"))
                .as("a confirmed price enters the history").isEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(dropsOf(listing)).singleElement()
                .satisfies(event -> assertThat(((PriceDropped) event).offer().price()).isEqualTo(new Money(61_000, "INR"))));

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 61_500, null))).then().statusCode(200);
        assertThat(offer()).as("the new price stays in line while the month's median still remembers the old one").isEqualTo(61_500L);
        assertThat(heldBack("PENDING")).isEmpty();
    }

    @Test
    void anAdminConfirmsOrRejectsAHeldBackPriceOnce() {
        usualPrice();
        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant().minusSeconds(120), 900_000, null))).then().statusCode(200);
        String tooHigh = (String) heldBack("PENDING").get(0).get("id");
        String admin = issuer.token(Tier.ADMIN);

        given().auth().oauth2(issuer.token(Tier.USER)).when().post("/catalog/admin/quarantine/" + tooHigh + "/confirm").then().statusCode(403);
        given().auth().oauth2(admin).when().post("/catalog/admin/quarantine/" + tooHigh + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("decidedVia", equalTo("ADMIN")).body("reason", equalTo("TOO_HIGH"));
        assertThat(offer()).isEqualTo(900_000L);
        given().auth().oauth2(admin).when().post("/catalog/admin/quarantine/" + tooHigh + "/reject").then().statusCode(409)
                .contentType("application/problem+json");

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant().minusSeconds(60), 9_000_000, null))).then().statusCode(200);
        String slip = (String) heldBack("PENDING").get(0).get("id");
        given().auth().oauth2(admin).when().post("/catalog/admin/quarantine/" + slip + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        assertThat(offer()).isEqualTo(900_000L);

        given().auth().oauth2(admin).when().post("/catalog/admin/quarantine/not-a-uuid/confirm").then().statusCode(400)
                .body("errors.field", hasItem("id"));
        given().auth().oauth2(admin).when().post("/catalog/admin/quarantine/" + UUID.randomUUID() + "/confirm").then().statusCode(404);
        given().auth().oauth2(admin).queryParam("status", "MAYBE").when().get("/catalog/admin/quarantine").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void aPriceInAnotherCurrencyThanTheRetailersIsHeldBack() {
        usualPrice();
        Map<String, Object> dollars = new HashMap<>(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 3_000, null));
        dollars.put("price", Map.of("amountMinor", 3_000, "currency", "USD"));

        hand(List.of(dollars)).then().statusCode(200);

        assertThat(offer()).isEqualTo(250_000L);
        assertThat(heldBack("PENDING")).singleElement().satisfies(held -> assertThat(held).containsEntry("reason", "CURRENCY"));
    }


    /** The offer of {@code listing} as the product page shows it. */
    private Map<String, Object> offerShown(UUID listing) {
        UUID product = database.first("SELECT product_id FROM catalog_variant WHERE id = $1", r -> Rows.uuid(r, "product_id"), variant)
                .await().atMost(WAIT);
        return given().when().get("/catalog/products/" + product).then().statusCode(200).extract().jsonPath()
                .getMap("variants.find { it.id == '" + variant + "' }.offers.find { it.listingId == '" + listing + "' }");
    }

    /**
     * Kiran sees "50 % off" on a tub that has sold for 250 000 every day this week. Against its
     * own typical price, 225 000 is 10 % off, and the product page says both.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anOffersRealDiscountIsMeasuredAgainstItsTypicalPriceNotAgainstTheListPrice() {
        usualPrice();

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 225_000, 450_000L))).then().statusCode(200);

        Map<String, Object> offer = offerShown(listing);
        assertThat(offer).containsEntry("discountPercent", 50).containsEntry("realDiscountPercent", 10).containsEntry("listPriceInflated", false);
        assertThat((Map<String, Object>) offer.get("typicalPrice")).containsEntry("amountMinor", 250_000).containsEntry("currency", "INR");
    }

    /**
     * One shop lists a tub at 260 000 and sells it at 250 000; three days before its "sale" it
     * raises the list price to 400 000, and the sale brings back 250 000 as "37 % off". Another
     * shop has always listed it at 400 000. Only the first list price is flagged as inflated, and
     * neither is a real discount.
     */
    @Test
    void aListPriceRaisedJustBeforeASaleThatBringsTheOldPriceBackIsFlaggedAsInflated() {
        UUID steady = TestListings.anotherRetailer(database, writer, clock, variant);
        List<Map<String, Object>> days = new ArrayList<>();
        for (int daysAgo = 10; daysAgo >= 1; daysAgo--) {
            boolean raised = daysAgo <= 3;
            days.add(ok("job-" + UUID.randomUUID(), listing, noon(daysAgo), raised ? 262_000 : 250_000, raised ? 400_000L : 260_000L));
            days.add(ok("job-" + UUID.randomUUID(), steady, noon(daysAgo), 250_000, 400_000L));
        }
        hand(days).then().statusCode(200).body("ingested", equalTo(20));

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 250_000, 400_000L),
                ok("job-" + UUID.randomUUID(), steady, clock.instant(), 250_000, 400_000L))).then().statusCode(200);

        assertThat(offerShown(listing)).containsEntry("discountPercent", 37).containsEntry("listPriceInflated", true)
                .containsEntry("realDiscountPercent", 0);
        assertThat(offerShown(steady)).containsEntry("discountPercent", 37).containsEntry("listPriceInflated", false)
                .containsEntry("realDiscountPercent", 0);
    }

    @Test
    void concurrentRelayPassesPublishEachEventOnce() {
        String marker = "relay-" + UUID.randomUUID();
        database.inTransaction(tx -> Multi.createFrom().range(0, 40)
                        .onItem().transformToUniAndConcatenate(i -> outbox.add(tx, CatalogStreams.CHANGES, (id, at) -> CatalogChanged.of(id, at, marker, UUID.randomUUID())))
                        .collect().asList())
                .await().atMost(WAIT);

        Uni.join().all(Collections.nCopies(8, relay.relay())).andCollectFailures().await().atMost(WAIT);

        await().atMost(WAIT).untilAsserted(() -> assertThat(database.first("SELECT COUNT(*) AS n FROM catalog_outbox WHERE payload LIKE $1",
                row -> Rows.count(row, "n"), "%" + marker + "%").await().atMost(WAIT)).isZero());
        long published = redis.stream(String.class).xrange(keys.key("catalog", CatalogStreams.CHANGES), StreamRange.of("-", "+")).stream()
                .filter(message -> message.payload().get(CatalogStreams.FIELD).contains(marker)).count();
        assertThat(published).isEqualTo(40);
    }

    @Test
    void invalidResultsAreRefusedAndChangeNothing() {
        Map<String, Object> negative = ok("job-" + UUID.randomUUID(), listing, clock.instant(), -5, null);
        Map<String, Object> missingPrice = new HashMap<>(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 1, null));
        missingPrice.remove("price");
        Map<String, Object> future = ok("job-" + UUID.randomUUID(), listing, clock.instant().plus(Duration.ofDays(1)), 100, null);

        hand(List.of(ok("job-" + UUID.randomUUID(), listing, clock.instant(), 100_000, null), negative)).then()
                .statusCode(400).contentType("application/problem+json");
        hand(List.of(missingPrice)).then().statusCode(400);
        hand(List.of(future)).then().statusCode(400);
        hand(List.of()).then().statusCode(400);
        given().auth().oauth2(service()).contentType(ContentType.JSON).body("{\"results\": [{\"jobId\": 5").when()
                .post("/internal/scrape-results").then().statusCode(400);

        assertThat(count("SELECT COUNT(*) AS n FROM catalog_price_observation WHERE listing_id = $1")).isZero();
    }

    @Test
    void unknownListingIsReportedNotFailed() {
        hand(List.of(ok("job-" + UUID.randomUUID(), UUID.randomUUID(), clock.instant(), 100, null))).then()
                .statusCode(200).body("unknownListings", equalTo(1)).body("results[0].status", equalTo("UNKNOWN_LISTING"));
    }
}
