package com.wheyprice.devrun;

import static com.wheyprice.devrun.TestServices.onFreePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wheyprice.common.db.DatabaseUrl;
import com.wheyprice.common.db.JdbcConnections;
import com.wheyprice.common.testing.FreePorts;
import com.wheyprice.common.testing.LocalSocialProvider;
import com.wheyprice.common.testing.LoopbackClient;
import com.wheyprice.common.testing.TestPostgres;
import com.wheyprice.common.testing.TestRedis;

/**
 * The public API end to end on PostgreSQL: two api-service instances in front of auth-service,
 * catalog-service and scraper-service, all as packaged processes on one fresh database and the
 * local Redis. A shopper signs up and in, searches, opens a product, reads its history, sets an
 * alert, suggests a product page and follows an affiliate link, all through {@code /api/v1},
 * and every answer, problems included, is what the service behind it sent. A shopper also
 * signs in with Google (a local provider) by browser redirects through {@code /api/v1}. A call
 * through api-service is one trace with the services behind it, a scrape asked for through it
 * too, through the queue and the worker into catalog's ingest (received by a local OTLP
 * endpoint). The anonymous rate limit holds across both instances.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiGatewayIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PUBLIC_PER_MINUTE = 80;
    private static final Duration CACHE_FRESH_FOR = Duration.ofSeconds(3);
    private static final String ADMIN_EMAIL = "root@whey.test";
    private static final String ADMIN_PASSWORD = "a long and unusual passphrase 7";

    private final ApiCalls http = new ApiCalls();
    private final LocalSocialProvider google = new LocalSocialProvider().start();
    private final OtlpReceiver traces = new OtlpReceiver();
    private String databaseUrl;
    private Suite suite;
    private Settings settings;
    private String apiOne;
    private String apiTwo;
    private String catalog;
    private String adminToken;

    @BeforeAll
    void startTheSuite() throws Exception {
        databaseUrl = TestPostgres.createDatabase();
        Path data = Files.createTempDirectory("api-gateway");
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Settings.Service> services = List.of(onFreePorts("api-service", "api-service"), onFreePorts("api-service", "api-2"),
                onFreePorts("auth-service", "auth-service"), onFreePorts("catalog-service", "catalog-service"),
                onFreePorts("scraper-service", "scraper-service"), onFreePorts("notification-service", "notification-service"));
        // notification-service holds part of every person's data export, and sends through the suite's mail server
        settings = new Settings(root, data, databaseUrl, TestRedis.URL, 0,
                services, FreePorts.any(), FreePorts.any(), FreePorts.any(), Map.ofEntries(
                        Map.entry("REDIS_KEY_PREFIX", "whey-e2e-" + UUID.randomUUID()),
                        Map.entry("RATE_LIMIT_PUBLIC_PER_MINUTE", Integer.toString(PUBLIC_PER_MINUTE)),
                        Map.entry("SCRAPER_SCHEDULE_ENABLED", "false"),
                        // a lockout outlasts the sign-in test's checks however slow the machine
                        Map.entry("AUTH_THROTTLE_BASE_LOCKOUT", "1m"),
                        Map.entry("API_CACHE_FRESH_FOR", CACHE_FRESH_FOR.toSeconds() + "s"),
                        Map.entry("AUTH_BOOTSTRAP_SUPER_ADMIN_EMAIL", ADMIN_EMAIL),
                        Map.entry("AUTH_BOOTSTRAP_SUPER_ADMIN_PASSWORD", ADMIN_PASSWORD),
                        Map.entry("AUTH_GOOGLE_CLIENT_ID", "e2e-google-client"),
                        Map.entry("AUTH_GOOGLE_CLIENT_SECRET", "e2e-google-secret-0123456789abcdef0123"),
                        Map.entry("QUARKUS_OIDC_GOOGLE_AUTH_SERVER_URL", google.url("google")),
                        Map.entry("AUTH_SOCIAL_CALLBACK_URL", "http://127.0.0.1:" + services.get(0).port() + "/api/v1/auth/social"),
                        Map.entry("OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint()),
                        Map.entry("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
                        Map.entry("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms")),
                Duration.ofSeconds(180));
        google.registerRedirectUri("http://127.0.0.1:" + services.get(0).port() + "/api/v1/auth/social/google/callback");
        suite = new Suite(settings, System.out, Clock.systemUTC());
        suite.start();
        apiOne = "http://127.0.0.1:" + services.get(0).port() + "/api/v1";
        apiTwo = "http://127.0.0.1:" + services.get(1).port() + "/api/v1";
        catalog = "http://127.0.0.1:" + settings.port("catalog-service");
    }

    @AfterAll
    void stopTheSuite() throws Exception {
        if (suite != null) {
            suite.close();
        }
        if (databaseUrl != null) {
            TestPostgres.dropDatabase(databaseUrl);
        }
        google.close();
        traces.close();
    }

    @Test
    @Order(1)
    void aShopperSignsUpSearchesComparesAndActsThroughThePublicApi() throws Exception {
        String email = "shopper-" + System.nanoTime() + "@whey.test";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"a long and unusual passphrase 7\"";
        HttpResponse<String> registered = http.post(apiOne + "/auth/register", null, credentials + ",\"displayName\":\"Shopper\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        HttpResponse<String> login = http.post(apiTwo + "/auth/login", null, credentials + "}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String token = field(login.body(), "access_token");
        HttpResponse<String> me = http.get(apiOne + "/auth/me", token, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(email);

        String search = "/products?q=" + URLEncoder.encode("gold standard", StandardCharsets.UTF_8) + "&limit=5";
        HttpResponse<String> found = http.get(apiOne + search, null, "search-1");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).as("relayed unchanged").isEqualTo(http.get(catalog + "/catalog" + search, null, "search-1").body());
        HttpResponse<String> firstPage = http.get(apiOne + "/products?category=whey-protein&limit=2", token, null);
        assertThat(firstPage.headers().firstValue("Link")).as("next page, relative, so it resolves under /api/v1")
                .hasValueSatisfying(link -> assertThat(link).startsWith("<?category=whey-protein").endsWith(">; rel=\"next\""));
        assertThat(http.get(apiTwo + "/products?category=whey-protein&limit=2", token, null).headers().firstValue("Link"))
                .as("kept with the cached answer").isEqualTo(firstPage.headers().firstValue("Link"));
        String slug = field(found.body(), "slug");

        HttpResponse<String> product = http.get(apiTwo + "/products/" + slug, null, null);
        assertThat(product.statusCode()).isEqualTo(200);
        assertThat(product.body()).contains("\"offers\":[{", "\"pricePer100gProtein\"");
        String variantId = field(product.body().substring(product.body().indexOf("\"variants\"")), "id");
        String listingId = field(product.body(), "listingId");

        HttpResponse<String> history = http.get(apiOne + "/variants/" + variantId + "/history?days=30", null, null);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains(listingId);

        HttpResponse<String> alert = http.post(apiTwo + "/alerts", token,
                "{\"variantId\":\"" + variantId + "\",\"targetPrice\":{\"amountMinor\":100000,\"currency\":\"INR\"}}");
        assertThat(alert.statusCode()).as(alert.body()).isEqualTo(201);
        assertThat(alert.headers().firstValue("Location")).hasValue("/api/v1/alerts/" + field(alert.body(), "id"));
        assertThat(http.get(apiOne + "/alerts", token, null).body()).contains(variantId);
        assertThat(http.post(apiOne + "/alerts", null, "{}").statusCode()).as("alerts need an account").isEqualTo(401);

        Unlisted page = unlistedPage();
        HttpResponse<String> discovery = http.post(apiOne + "/discoveries", token, "{\"url\":\"" + page.url() + "\"}");
        assertThat(discovery.statusCode()).as(discovery.body()).isEqualTo(201);
        assertThat(http.post(apiTwo + "/discoveries", token, "{\"url\":\"" + page.url() + "\"}").statusCode()).as("a duplicate").isEqualTo(200);
        String discoveryId = field(discovery.body(), "id");

        theAdminApprovesItAndTheScrapedPriceAppears(page, discoveryId);

        HttpResponse<String> click = http.get(apiOne + "/go/" + listingId, null, null);
        assertThat(click.statusCode()).isEqualTo(302);
        assertThat(click.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("ref=wheyprice"));
    }

    /**
     * A shopper signs out through the public API on one instance. The access token still in their
     * hand stops working within two seconds on the other api-service instance, on catalog-service
     * asked directly, and on auth-service, not when it expires minutes later.
     */
    @Test
    @Order(11)
    void aSignedOutTokenStopsWorkingOnEveryServiceWithinTwoSeconds() throws Exception {
        String credentials = "{\"email\":\"leaver-" + System.nanoTime() + "@whey.test\",\"password\":\"a long and unusual passphrase 7\"";
        HttpResponse<String> registered = http.post(apiOne + "/auth/register", null, credentials + ",\"displayName\":\"Leaver\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        String token = field(http.post(apiTwo + "/auth/login", null, credentials + "}").body(), "access_token");
        assertThat(http.get(apiTwo + "/alerts", token, null).statusCode()).isEqualTo(200);
        assertThat(http.get(catalog + "/catalog/alerts", token, null).statusCode()).isEqualTo(200);

        assertThat(http.post(apiOne + "/auth/logout", token, "").statusCode()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(http.get(apiTwo + "/alerts", token, null).statusCode()).as("the other api-service instance").isEqualTo(401);
            assertThat(http.get(catalog + "/catalog/alerts", token, null).statusCode()).as("catalog-service").isEqualTo(401);
            assertThat(http.get(apiOne + "/auth/me", token, null).statusCode()).as("auth-service, through the api").isEqualTo(401);
        });
    }

    /**
     * A shopper who fears their laptop was stolen changes the password from their phone, through
     * the public API: the laptop's token stops working on every service within two seconds, the
     * phone stays signed in, and only the new password signs in from then on.
     */
    @Test
    @Order(13)
    void aPasswordChangeSignsEveryOtherDeviceOutEverywhere() throws Exception {
        String email = "mover-" + System.nanoTime() + "@whey.test";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + ADMIN_PASSWORD + "\"";
        assertThat(http.post(apiOne + "/auth/register", null, credentials + ",\"displayName\":\"Mover\"}").statusCode()).isEqualTo(202);
        String phone = field(http.post(apiOne + "/auth/login", null, credentials + "}").body(), "access_token");
        String laptop = field(http.post(apiTwo + "/auth/login", null, credentials + "}").body(), "access_token");
        String newPassword = "another long passphrase for whey 8";

        HttpResponse<String> changed = http.post(apiOne + "/auth/me/password", phone,
                "{\"currentPassword\":\"" + ADMIN_PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(http.get(apiTwo + "/alerts", laptop, null).statusCode()).as("the laptop, through the api").isEqualTo(401);
            assertThat(http.get(catalog + "/catalog/alerts", laptop, null).statusCode()).as("the laptop, at catalog-service").isEqualTo(401);
        });
        assertThat(http.get(apiTwo + "/alerts", phone, null).statusCode()).as("the phone").isEqualTo(200);
        assertThat(http.post(apiOne + "/auth/login", null, credentials + "}").statusCode()).as("the old password").isEqualTo(401);
        assertThat(http.post(apiOne + "/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + newPassword + "\"}").statusCode())
                .as("the new password").isEqualTo(200);
    }

    /**
     * A guesser hammers sign-in through the public API from one address, at a shopper's account
     * and at made-up ones, until it is locked out. Another shopper at another address signs in
     * unhindered, and so does the account's owner from elsewhere; the guesser stays locked out of
     * that account even with the right password. Talking to auth-service directly with a forged
     * X-Forwarded-For does not get the guesser a fresh address.
     */
    @Test
    @Order(12)
    void oneClientsFailedSignInsLockOutNeitherOtherClientsNorTheOwnerElsewhere() throws Exception {
        int api = settings.services().get(0).port();
        LoopbackClient guesser = new LoopbackClient(66);
        LoopbackClient owner = new LoopbackClient(77);
        LoopbackClient otherShopper = new LoopbackClient(88);
        String victim = "victim-" + System.nanoTime() + "@whey.test";
        String other = "other-" + System.nanoTime() + "@whey.test";
        for (String email : List.of(victim, other)) {
            LoopbackClient.Response registered = owner.send(api, "POST", "/api/v1/auth/register", Map.of(),
                    "{\"email\":\"" + email + "\",\"password\":\"" + ADMIN_PASSWORD + "\",\"displayName\":\"Shopper\"}");
            assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        }

        int failures = 0;
        int refused = 0;
        for (int i = 0; i < 30 && refused < 2; i++) {
            String email = i < 6 ? victim : "nobody-" + i + "-" + System.nanoTime() + "@whey.test";
            int status = guesser.send(api, "POST", "/api/v1/auth/login", Map.of(), login(email, "guess number " + i)).status();
            assertThat(status).isIn(401, 429);
            failures += status == 401 ? 1 : 0;
            refused += status == 429 && i >= 6 ? 1 : 0;
        }
        assertThat(refused).as("the guesser's address is locked out after %d failures", failures).isEqualTo(2);

        assertThat(otherShopper.send(api, "POST", "/api/v1/auth/login", Map.of(), login(other, ADMIN_PASSWORD)).status())
                .as("another shopper at another address").isEqualTo(200);
        assertThat(owner.send(api, "POST", "/api/v1/auth/login", Map.of(), login(victim, ADMIN_PASSWORD)).status())
                .as("the owner, from elsewhere").isEqualTo(200);
        assertThat(guesser.send(api, "POST", "/api/v1/auth/login", Map.of(), login(victim, ADMIN_PASSWORD)).status())
                .as("the guesser, even with the right password").isEqualTo(429);
        LoopbackClient.Response forged = guesser.send(settings.port("auth-service"), "POST", "/auth/login",
                Map.of("X-Forwarded-For", "203.0.113.9"), login(other, ADMIN_PASSWORD));
        assertThat(forged.status()).as("a forged X-Forwarded-For sent to auth-service directly is ignored").isEqualTo(429);
    }

    private static String login(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    @Order(3)
    void problemsFromTheServicesBehindArePassedOnNamingThePublicPath() throws Exception {
        HttpResponse<String> viaApi = http.get(apiOne + "/products/no-such-product", null, "problem-1");
        HttpResponse<String> direct = http.get(catalog + "/catalog/products/no-such-product", null, "problem-1");
        assertThat(viaApi.statusCode()).isEqualTo(404);
        assertThat(viaApi.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ObjectNode relayed = (ObjectNode) JSON.readTree(viaApi.body());
        ObjectNode original = (ObjectNode) JSON.readTree(direct.body());
        assertThat(original.path("instance").asText()).isEqualTo("/catalog/products/no-such-product");
        assertThat(relayed.path("instance").asText()).as("the client's own path, not catalog-service's").isEqualTo("/api/v1/products/no-such-product");
        relayed.remove("instance");
        original.remove("instance");
        assertThat(relayed).isEqualTo(original);
        assertThat(relayed.path("requestId").asText()).isEqualTo("problem-1");

        HttpResponse<String> invalid = http.post(apiTwo + "/auth/register", null, "{\"email\":\"not an email\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("urn:whey:problem:validation-failed", "\"errors\"");
    }

    @Test
    @Order(4)
    void publicReadsAreCachedRevalidatedWithEtagsRefreshedOnChangesAndServedStaleWhileCatalogIsDown() throws Exception {
        String slug = "on-gold-standard-100-whey";
        HttpResponse<String> first = http.get(apiOne + "/products/" + slug, null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.get(apiTwo + "/products/" + slug, null, null);
        assertThat(again.headers().firstValue("X-Cache")).as("cached by the other instance").hasValue("HIT");
        assertThat(again.body()).isEqualTo(first.body());

        HttpResponse<String> revalidated = http.send(HttpRequest.newBuilder(URI.create(apiTwo + "/products/" + slug)).header("If-None-Match", etag));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();

        // a scrape changes the product's offers; catalog's event makes the cached answer out of date
        String listingId = field(first.body(), "listingId");
        // polled as a signed-in admin, so the polling does not use up this address's anonymous limit
        String admin = adminToken();
        assertThat(http.post(apiOne + "/admin/scrapes", admin, "{\"listingId\":\"" + listingId + "\"}").statusCode()).isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> changed = revalidated;
        while (changed.statusCode() == 304 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            changed = http.send(HttpRequest.newBuilder(URI.create(apiOne + "/products/" + slug)).header("If-None-Match", etag)
                    .header("Authorization", "Bearer " + admin));
        }
        assertThat(changed.statusCode()).as("a new answer after the scrape").isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(Optional.of(etag));

        Suite.Running catalogService = suite.running().stream().filter(running -> running.service().name().equals("catalog-service"))
                .findFirst().orElseThrow();
        suite.stop(catalogService, false);
        try {
            HttpResponse<String> fresh = http.get(apiTwo + "/products/" + slug, null, null);
            assertThat(fresh.headers().firstValue("X-Cache")).as("still fresh: catalog is not asked").hasValue("HIT");
            Thread.sleep(CACHE_FRESH_FOR.toMillis() + 500);
            HttpResponse<String> stale = http.get(apiTwo + "/products/" + slug, null, null);
            assertThat(stale.statusCode()).isEqualTo(200);
            assertThat(stale.body()).isEqualTo(changed.body());
            assertThat(stale.headers().firstValue("X-Cache")).hasValue("STALE");
            assertThat(stale.headers().firstValue("Warning")).hasValue("110 - \"Response is Stale\"");
            assertThat(stale.headers().firstValue("Age")).isPresent();
            HttpResponse<String> neverCached = http.get(apiOne + "/brands/bsn", null, null);
            assertThat(neverCached.statusCode()).isEqualTo(503);
            assertThat(neverCached.body()).contains("urn:whey:problem:service-unavailable");
        } finally {
            suite.start(catalogService.service());
        }
    }

    /** Counts a catalog-team admin reads: searches as shoppers made them, cache hits included, and what found nothing. */
    @Test
    @Order(4)
    void searchesAreCountedAtTheGatewayAndAdminsSeeWhatFoundNothing() throws Exception {
        String admin = adminToken();
        String query = "casein " + System.nanoTime();
        double before = counter("whey_searches_total");
        double zeroBefore = counter("whey_search_zero_results_total");
        HttpResponse<String> first = http.get(apiOne + "/products?q=" + query.replace(" ", "+"), null, null);
        HttpResponse<String> again = http.get(apiOne + "/products?q=" + query.replace(" ", "+"), null, null);
        assertThat(first.body()).contains("\"items\":[]");
        assertThat(again.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(http.get(apiOne + "/products?q=gold+standard", null, null).body()).contains("on-gold-standard-100-whey");
        assertThat(counter("whey_searches_total") - before).isEqualTo(3);
        assertThat(counter("whey_search_zero_results_total") - zeroBefore).isEqualTo(2);

        HttpResponse<String> misses = http.get(apiOne + "/admin/search/zero-results?days=1", admin, null);
        assertThat(misses.statusCode()).as(misses.body()).isEqualTo(200);
        assertThat(misses.body()).contains("{\"query\":\"" + query + "\",\"searches\":2}").doesNotContain("gold standard");
        assertThat(http.get(apiOne + "/admin/search/zero-results?days=31", admin, null).statusCode()).isEqualTo(400);
        assertThat(http.get(apiOne + "/admin/search/zero-results", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> suggested = http.get(apiOne + "/suggest?q=optim", null, null);
        assertThat(suggested.statusCode()).as(suggested.body()).isEqualTo(200);
        assertThat(suggested.body()).contains("\"slug\":\"optimum-nutrition\"", "on-gold-standard-isolate");
    }

    /** A counter of the first api-service instance, summed over its series. */
    private double counter(String name) throws Exception {
        String metrics = http.get("http://127.0.0.1:" + settings.services().get(0).managementPort() + "/q/metrics", null, null).body();
        Pattern sample = Pattern.compile("^" + name + "(\\{[^}]*})? (\\S+)");
        return metrics.lines().map(sample::matcher).filter(Matcher::find).mapToDouble(found -> Double.parseDouble(found.group(2))).sum();
    }

    @Test
    @Order(5)
    void anEmergencySwitchClosesDiscoverySubmissionsInCatalogWithinSeconds() throws Exception {
        String admin = adminToken();
        String shopper = field(http.post(apiOne + "/auth/login", null, "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD
                + "\"}").body(), "access_token");
        String page = "{\"url\":\"http://localhost:" + settings.sampleRetailerPort() + "/gymbazaar/bulk-pure-whey-protein-banana-1000g.html\"}";
        HttpResponse<String> off = http.put(apiTwo + "/admin/flags/discovery-submissions", admin, "{\"enabled\":false}");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            HttpResponse<String> refused = http.post(apiOne + "/discoveries", shopper, page);
            while (refused.statusCode() != 503 && System.nanoTime() < deadline) {
                Thread.sleep(250);
                refused = http.post(apiOne + "/discoveries", shopper, page);
            }
            assertThat(refused.statusCode()).as("closed within 5 s: " + refused.body()).isEqualTo(503);
            assertThat(refused.body()).contains("urn:whey:problem:service-unavailable", "closed");
        } finally {
            assertThat(http.put(apiTwo + "/admin/flags/discovery-submissions", admin, "{\"enabled\":true}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    @Order(6)
    void theBestValueFormulaFollowsItsRolloutFlag() throws Exception {
        String admin = adminToken();
        String ranking = "/categories/whey-isolate/best-value?limit=20";
        String label = http.get(catalog + "/catalog" + ranking, null, "ranking").body();
        String labTested = http.get(catalog + "/catalog" + ranking + "&protein=lab-tested", null, "ranking").body();
        assertThat(labTested).isNotEqualTo(label);
        assertThat(http.get(apiOne + ranking, admin, "ranking").body()).as("rollout 0 %").isEqualTo(label);

        assertThat(http.put(apiTwo + "/admin/flags/best-value-lab-tested", admin, "{\"enabled\":true,\"rolloutPercent\":100}").statusCode())
                .isEqualTo(200);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            String answer = http.get(apiOne + ranking, admin, "ranking").body();
            while (!answer.equals(labTested) && System.nanoTime() < deadline) {
                Thread.sleep(250);
                answer = http.get(apiOne + ranking, admin, "ranking").body();
            }
            assertThat(answer).as("rollout 100 %, within 5 s").isEqualTo(labTested);
        } finally {
            http.put(apiTwo + "/admin/flags/best-value-lab-tested", admin, "{\"enabled\":true,\"rolloutPercent\":0}");
        }
    }

    @Test
    @Order(7)
    void everyExampleOfTheApiGuideWorksAsWritten() throws Exception {
        ApiGuide guide = new ApiGuide(apiOne, Map.of("http://localhost:8084", "http://localhost:" + settings.sampleRetailerPort()));
        List<ApiGuide.Ran> ran = guide.run(settings.root().resolve("docs/api.md"));
        assertThat(ran).hasSizeGreaterThan(10);
        for (ApiGuide.Ran example : ran) {
            assertThat(example.status()).as(example.command() + "\n→ " + example.body()).isEqualTo(example.expected());
        }
    }

    @Test
    @Order(8)
    void realAnswersOfTheMainEndpointsMatchTheOpenApiDocument() throws Exception {
        HttpResponse<String> published = http.get(apiOne + "/openapi.json", null, null);
        assertThat(published.statusCode()).isEqualTo(200);
        OpenApiDocument document = new OpenApiDocument(published.body());
        assertThat(document.version()).startsWith("3.1");
        String admin = adminToken();

        String product = field(http.get(apiOne + "/products?limit=1", admin, null).body(), "slug");
        String detail = http.get(apiOne + "/products/" + product, admin, null).body();
        String variant = field(detail.substring(detail.indexOf("\"variants\"")), "id");
        String page = "http://localhost:" + settings.sampleRetailerPort() + "/proteinmart/dymatize-iso-100-cookies-and-cream-900g.html";
        List<HttpResponse<String>> answers = List.of(
                http.get(apiOne + "/brands", admin, null),
                http.get(apiOne + "/brands/optimum-nutrition", admin, null),
                http.get(apiOne + "/categories", admin, null),
                http.get(apiOne + "/categories/whey-isolate/best-value?limit=3", admin, null),
                http.get(apiOne + "/products?q=whey&limit=3", admin, null),
                http.get(apiOne + "/products?q=whey&limit=3&facets=true", admin, null),
                http.get(apiOne + "/suggest?q=gold", admin, null),
                http.get(apiOne + "/admin/search/zero-results?days=7", admin, null),
                http.get(apiOne + "/products/" + product, admin, null),
                http.get(apiOne + "/products/no-such-product", admin, null),
                http.get(apiOne + "/variants/" + variant + "/history?days=30", admin, null),
                http.get(apiOne + "/alerts", admin, null),
                http.post(apiOne + "/discoveries", admin, "{\"url\":\"" + page + "\"}"),
                http.get(apiOne + "/discoveries", admin, null),
                http.post(apiOne + "/alerts", admin, "{\"variantId\":\"not-a-uuid\"}"),
                http.get(apiOne + "/admin/flags", admin, null),
                http.get(apiOne + "/auth/me", admin, null),
                http.get(apiOne + "/auth/me/sessions", admin, null),
                http.post(apiOne + "/auth/login", null, "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}"),
                http.post(apiOne + "/auth/register", null, "{\"email\":\"not an email\"}"),
                http.post(apiOne + "/alerts", admin, "{\"variantId\":\"" + variant + "\",\"targetPrice\":{\"amountMinor\":250000,\"currency\":\"INR\"}}"),
                http.get(apiOne + "/auth/me/export", admin, null),
                http.get(apiOne + "/admin/erasures/" + UUID.randomUUID(), admin, null),
                http.get(apiOne + "/auth/social/providers", null, null),
                http.get(apiOne + "/admin/users?limit=2", admin, null),
                http.get(apiOne + "/admin/audit?limit=3", admin, null),
                http.get(apiOne + "/admin/audit?service=catalog-service&limit=3", admin, null),
                http.get(apiOne + "/admin/discoveries", admin, null),
                http.get(apiOne + "/admin/clicks", admin, null),
                http.get(apiOne + "/admin/dead-letters", admin, null),
                http.post(apiOne + "/admin/extraction/preview", admin, "{\"html\":\"<p class=p>Rs. 2,499</p>\",\"priceSelector\":\".p\",\"currency\":\"INR\"}"));
        List<HttpResponse<String>> adminWrites = catalogEntryRoundTrip(admin);
        Map<String, String> requests = Map.of(
                "/api/v1/auth/login", "{\"email\":\"ana@example.com\",\"password\":\"a long and unusual passphrase 7\"}",
                "/api/v1/auth/register", "{\"email\":\"ana@example.com\",\"password\":\"a long and unusual passphrase 7\",\"displayName\":\"Ana\"}",
                "/api/v1/alerts", "{\"variantId\":\"" + variant + "\",\"targetPrice\":{\"amountMinor\":250000,\"currency\":\"INR\"}}",
                "/api/v1/discoveries", "{\"url\":\"" + page + "\",\"note\":\"new flavour\"}",
                "/api/v1/admin/categories", "{\"slug\":\"casein\",\"name\":\"Casein\"}",
                "/api/v1/admin/scrapes", "{\"listingId\":\"" + UUID.randomUUID() + "\"}",
                "/api/v1/admin/extraction/preview", "{\"url\":\"" + page + "\",\"sku\":\"ISO-100\"}");
        for (Map.Entry<String, String> request : requests.entrySet()) {
            assertThat(document.requestViolations("POST", request.getKey(), request.getValue())).as("POST " + request.getKey()).isEmpty();
        }
        assertThat(document.requestViolations("PUT", "/api/v1/admin/users/" + UUID.randomUUID() + "/tier", "{\"tier\":\"PREMIUM\"}")).isEmpty();
        assertThat(document.requestViolations("POST", "/api/v1/alerts", "{\"variantId\":42}")).as("a wrong body is caught").isNotEmpty();
        for (HttpResponse<String> answer : concat(answers, adminWrites)) {
            String path = answer.uri().getPath();
            assertThat(document.violations(answer.request().method(), path, answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(null), answer.body()))
                    .as(answer.request().method() + " " + answer.uri() + " → " + answer.statusCode() + " " + answer.body())
                    .isEmpty();
        }
    }

    /** An admin creates a category, reads it and renames it with the ETag it read; every answer, for the document check. */
    @Test
    void anAdminsCatalogChangeIsInTheOneAuditTrailWithWhoWhatAndTheRequestWithinSeconds() throws Exception {
        String admin = adminToken();
        String requestId = "audit-" + UUID.randomUUID();
        String slug = "audited-" + System.nanoTime();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(apiOne + "/admin/categories"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + slug + "\",\"name\":\"Audited\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String target = "categories:" + field(created.body(), "id");
        String me = field(http.get(apiOne + "/auth/me", admin, null).body(), "id");

        String trail = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.get(apiTwo + "/admin/audit?service=catalog-service&target=" + target, admin, null).body(), body -> body.contains(target));
        assertThat(trail).contains("\"action\":\"CATALOG_ENTRY_CREATE\"", "\"actorId\":\"" + me + "\"", "\"requestId\":\"" + requestId + "\"",
                "Audited");

        String flag = "audit-probe-" + System.nanoTime();
        HttpResponse<String> switched = http.put(apiOne + "/admin/flags/" + flag, admin, "{\"enabled\":false,\"description\":\"an audit probe\"}");
        assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
        String flags = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.get(apiOne + "/admin/audit?service=api-service&action=FLAG_CHANGE&target=flags:" + flag, admin, null).body(),
                body -> body.contains(flag));
        assertThat(flags).contains("\"actorId\":\"" + me + "\"", "an audit probe");
    }

    private List<HttpResponse<String>> catalogEntryRoundTrip(String admin) throws Exception {
        String slug = "conformance-" + System.nanoTime();
        HttpResponse<String> created = http.post(apiOne + "/admin/categories", admin, "{\"slug\":\"" + slug + "\",\"name\":\"Conformance\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = field(created.body(), "id");
        HttpResponse<String> read = http.get(apiOne + "/admin/categories/" + id, admin, null);
        HttpResponse<String> renamed = http.send(HttpRequest.newBuilder(URI.create(apiOne + "/admin/categories/" + id))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + slug + "\",\"name\":\"Conformance, renamed\"}")));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        return List.of(created, read, renamed);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    @Test
    @Order(2)
    void aShopperSignsInWithGoogleByRedirectsThroughThePublicApiOnly() throws Exception {
        String email = "google-" + System.nanoTime() + "@whey.test";
        google.consentAs(new LocalSocialProvider.Person("g-" + UUID.randomUUID(), email, true, "Grace Hopper"));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
        URI start = URI.create(apiOne + "/auth/social/google");

        HttpResponse<String> toCallback = browser.send(HttpRequest.newBuilder(start).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(toCallback.statusCode()).as(toCallback.body()).isEqualTo(303);
        URI callback = start.resolve(toCallback.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/api/v1/auth/social/google/callback");
        HttpResponse<String> toProvider = browser.send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(toProvider.statusCode()).as(toProvider.body()).isEqualTo(302);
        URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(google.url("google") + "/authorize");
        HttpResponse<String> backWithCode = browser.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(backWithCode.statusCode()).as("the provider accepts only the registered public callback: " + backWithCode.body())
                .isEqualTo(302);
        URI back = URI.create(backWithCode.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPort()).as("back to api-service, not to auth-service").isEqualTo(URI.create(apiOne).getPort());
        HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(back).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        HttpResponse<String> me = http.get(apiTwo + "/auth/me", field(tokens.body(), "access_token"), null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"email\":\"" + email + "\"", "\"emailVerified\":true", "\"displayName\":\"Grace Hopper\"");
    }

    @Test
    @Order(9)
    void oneTraceRunsFromApiServiceIntoCatalogAndAuthService() throws Exception {
        String traceId = randomHex(16);
        String admin = adminToken();
        String search = apiOne + "/products?q=trace-" + System.nanoTime();
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(search)).header("Authorization", "Bearer " + admin)
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01"));
        assertThat(found.statusCode()).isEqualTo(200);
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(apiTwo + "/auth/me")).header("Authorization", "Bearer " + admin)
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01"));
        assertThat(me.statusCode()).isEqualTo(200);

        List<OtlpReceiver.ReceivedSpan> trace = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && !(calledFromApi(trace, "catalog-service") && calledFromApi(trace, "auth-service"))) {
            Thread.sleep(200);
            trace = traces.trace(traceId);
        }
        assertThat(calledFromApi(trace, "catalog-service")).as("api-service's call into catalog-service in one trace: " + trace).isTrue();
        assertThat(calledFromApi(trace, "auth-service")).as("api-service's call into auth-service in one trace: " + trace).isTrue();
    }

    /** The token of an e-mailed link, in the URL a person opens, is in no span of its trace, at api-service or auth-service. */
    @Test
    @Order(14)
    void theTokenInAMailedLinkNeverReachesATrace() throws Exception {
        String traceId = randomHex(16);
        String secret = "wlt_trace-probe-" + randomHex(8);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(apiOne + "/auth/pages/password-reset?token=" + secret))
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01"));
        assertThat(page.statusCode()).isEqualTo(200);

        List<OtlpReceiver.ReceivedSpan> trace = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && !calledFromApi(trace, "auth-service")) {
            Thread.sleep(200);
            trace = traces.trace(traceId);
        }
        assertThat(calledFromApi(trace, "auth-service")).as("the page's request traced through api-service into auth-service: " + trace).isTrue();
        assertThat(trace).allSatisfy(span -> assertThat(span.attributes().values()).noneMatch(value -> value.contains(secret)));
        assertThat(trace).anySatisfy(span -> assertThat(span.attributes().values()).anyMatch(value -> value.contains("token=REDACTED")));
    }

    @Test
    @Order(10)
    void aScrapeAskedForThroughTheApiIsOneTraceThroughTheQueueWorkerAndCatalogIngest() throws Exception {
        String admin = adminToken();
        String slug = field(http.get(apiOne + "/products?limit=1", admin, null).body(), "slug");
        String listing = field(http.get(apiOne + "/products/" + slug, admin, null).body(), "listingId");
        String traceId = randomHex(16);
        HttpResponse<String> queued = http.send(HttpRequest.newBuilder(URI.create(apiOne + "/admin/scrapes"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"listingId\":\"" + listing + "\"}")));
        assertThat(queued.body()).contains("\"queued\":1");

        // Each service exports on its own schedule: wait until the whole path from catalog's ingest back to api-service has arrived.
        List<String> path = List.of();
        List<OtlpReceiver.ReceivedSpan> trace = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!path.contains("api-service SPAN_KIND_CLIENT") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            List<OtlpReceiver.ReceivedSpan> received = traces.trace(traceId);
            trace = received;
            path = received.stream().filter(span -> span.service().equals("catalog-service") && span.kind().equals("SPAN_KIND_SERVER")
                    && span.name().contains("scrape-results")).findFirst()
                    .map(ingest -> OtlpReceiver.ancestors(received, ingest).stream().map(span -> span.service() + " " + span.kind()).toList())
                    .orElse(List.of());
        }
        assertThat(path).as("from catalog's ingest back to the caller, in " + trace)
                .containsSubsequence("scraper-service SPAN_KIND_PRODUCER", "scraper-service SPAN_KIND_CONSUMER",
                        "scraper-service SPAN_KIND_SERVER", "api-service SPAN_KIND_CLIENT");
        // and the admin's scrape is in the audit trail
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(apiOne + "/admin/audit?service=scraper-service&action=SCRAPE_NOW&target=listings:"
                + listing, admin, null).body(), body -> body.contains("listings:" + listing));
    }

    /** Whether a server span of {@code service} in the trace is the child of a client span of api-service. */
    private static boolean calledFromApi(List<OtlpReceiver.ReceivedSpan> trace, String service) {
        return trace.stream().filter(span -> span.service().equals(service) && span.kind().equals("SPAN_KIND_SERVER"))
                .anyMatch(server -> trace.stream().anyMatch(client -> client.service().equals("api-service")
                        && client.kind().equals("SPAN_KIND_CLIENT") && client.spanId().equals(server.parentSpanId())));
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /**
     * A client developer generates a TypeScript client from the public document this suite serves
     * (openapi-generator, typescript-fetch), compiles it and clients/typescript/scenario.ts with
     * {@code tsc --strict}, and runs the scenario against the suite: sign-up, sign-in, refresh, a
     * filtered search walked page by page, product detail, history, alerts, a suggested page, an
     * admin call, and typed 400, 401, 404 and 429 problems. The scenario uses no non-null
     * assertion: what the API always sends, the document marks required. It calls from its own
     * loopback address, so its sign-in failures and rate limit are its own.
     */
    @Test
    @Order(20)
    void aTypeScriptClientGeneratedFromThePublicDocumentRunsTheShopperAndAdminScenario() throws Exception {
        assumeTrue(Commands.onPath("node") && Commands.onPath("npm"), "Node.js is not installed (CI installs it: Debian packages nodejs and npm)");
        Path client = Path.of("..", "clients", "typescript").toAbsolutePath().normalize();
        Path generator = Path.of("target", "tools", "openapi-generator-cli.jar").toAbsolutePath();
        Path document = Files.createTempFile("api-document", ".json");
        Files.writeString(document, http.get(apiOne + "/openapi.json", null, null).body());
        assertThat(Files.readString(client.resolve("scenario.ts"))).as("non-null assertions in the scenario")
                .doesNotContainPattern("[\\w)\\]]!(\\.|\\)|\\[|;|,)");

        run(client, Map.of(), Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", generator.toString(), "generate",
                "-g", "typescript-fetch", "-i", document.toString(), "-o", client.resolve("generated").toString(),
                "--additional-properties=supportsES6=true,useSingleRequestParameter=true");
        run(client, Map.of(), "npm", "ci", "--no-audit", "--no-fund");
        run(client, Map.of(), "npx", "tsc", "-p", ".");
        String output = run(client, Map.of("API_ORIGIN", apiOne.substring(0, apiOne.indexOf("/api/v1")), "ADMIN_EMAIL", ADMIN_EMAIL,
                "ADMIN_PASSWORD", ADMIN_PASSWORD, "SHOP_URL", "http://localhost:" + settings.sampleRetailerPort(), "LOCAL_ADDRESS", "127.0.0.45"),
                "node", "dist/scenario.js");
        assertThat(output).contains("scenario passed");
    }

    /** Runs a command in {@code directory} and answers its output; fails the test unless it exits 0. */
    private static String run(Path directory, Map<String, String> environment, String... command) throws Exception {
        Commands.Result result = Commands.run(directory, environment, 5, command);
        System.out.println(result.output());
        assertThat(result.code()).as(String.join(" ", command) + " failed:\n" + result.output()).isZero();
        return result.output();
    }

    /**
     * An anonymous visitor at an address of its own, so its window holds only its own requests
     * (the other tests' anonymous calls come from 127.0.0.1, and would leave the sliding window
     * during the burst): it alternates between the two instances, and the limit holds for both
     * together.
     */
    @Test
    void theAnonymousLimitHoldsAcrossBothApiInstances() throws Exception {
        LoopbackClient visitor = new LoopbackClient(99);
        int[] ports = { settings.services().get(0).port(), settings.services().get(1).port() };
        LoopbackClient.Response first = visitor.send(ports[0], "GET", "/api/v1/categories", Map.of(), null);
        assertThat(first.status()).isEqualTo(200);
        int remaining = Integer.parseInt(first.header("RateLimit-Remaining"));
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < remaining + 10; i++) {
            int status = visitor.send(ports[(i + 1) % 2], "GET", "/api/v1/categories", Map.of(), null).status();
            if (status == 200) {
                accepted++;
            } else if (status == 429) {
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(remaining);
        assertThat(refused).isEqualTo(10);
    }

    /** A variant's page at a sample shop that has no listing for it yet: what a shopper would suggest. */
    private record Unlisted(String url, String variantId, String retailerId, String productSlug) {
    }

    private Unlisted unlistedPage() throws Exception {
        try (Connection db = JdbcConnections.open(DatabaseUrl.parse(databaseUrl)); ResultSet row = db.createStatement().executeQuery("""
                SELECT v.id, p.slug, v.flavour, v.pack_size_g, r.id, r.slug
                  FROM catalog_variant v JOIN catalog_product p ON p.id = v.product_id CROSS JOIN catalog_retailer r
                 WHERE NOT EXISTS (SELECT 1 FROM catalog_listing l WHERE l.variant_id = v.id AND l.retailer_id = r.id)
                 ORDER BY p.slug, v.flavour, v.pack_size_g, r.slug LIMIT 1""")) {
            assertThat(row.next()).as("the demo catalog leaves some variants unlisted at some shops").isTrue();
            String flavour = row.getString(3).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            String url = "http://localhost:" + settings.sampleRetailerPort() + "/" + row.getString(6) + "/" + row.getString(2) + "-"
                    + flavour + "-" + row.getInt(4) + "g.html";
            return new Unlisted(url, row.getString(1), row.getString(5), row.getString(2));
        }
    }

    /** An admin approves the suggestion and has the new listing scraped; its price shows in the product's offers. */
    private void theAdminApprovesItAndTheScrapedPriceAppears(Unlisted page, String discoveryId) throws Exception {
        String admin = adminToken();
        assertThat(http.get(apiOne + "/admin/discoveries", admin, null).body()).contains(discoveryId);

        HttpResponse<String> approved = http.post(apiTwo + "/admin/discoveries/" + discoveryId + "/approve", admin,
                "{\"variantId\":\"" + page.variantId() + "\",\"retailerId\":\"" + page.retailerId() + "\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        String listingId = field(approved.body(), "listingId");

        HttpResponse<String> queued = http.post(apiOne + "/admin/scrapes", admin, "{\"listingId\":\"" + listingId + "\"}");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
        assertThat(queued.body()).contains("\"queued\":1");

        long expected = sampleOffer(page.url()).priceInr() * 100;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String offer = "";
        while (System.nanoTime() < deadline) {
            String detail = http.get(apiTwo + "/products/" + page.productSlug(), null, null).body();
            Matcher scraped = Pattern.compile("\\{\"listingId\":\"" + listingId + "\"[^}]*\"price\":\\{\"amountMinor\":(\\d+)").matcher(detail);
            if (scraped.find()) {
                offer = scraped.group(1);
                break;
            }
            Thread.sleep(500);
        }
        assertThat(offer).as("the new listing's scraped price in the product detail").isEqualTo(Long.toString(expected));
        assertThat(http.get(apiOne + "/admin/discoveries", null, null).statusCode()).as("admin routes need an admin").isEqualTo(401);
    }

    /** The admin's access token, signed in once per run (it outlives the run), so the anonymous budget goes to the tests. */
    private String adminToken() throws Exception {
        if (adminToken == null) {
            HttpResponse<String> login = http.post(apiOne + "/auth/login", null,
                    "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            adminToken = field(login.body(), "access_token");
        }
        return adminToken;
    }

    private SampleSite.Offer sampleOffer(String url) throws Exception {
        return SampleSite.load(settings.root().resolve("deployments/sample-retailer"), Clock.systemUTC()).offer(URI.create(url).getPath())
                .orElseThrow();
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as(name + " in " + json).isTrue();
        return value.group(1);
    }

}
