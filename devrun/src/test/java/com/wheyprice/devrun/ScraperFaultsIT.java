package com.wheyprice.devrun;

import static com.wheyprice.devrun.TestServices.onFreePorts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wheyprice.common.testing.FreePorts;
import com.wheyprice.common.testing.TcpProxy;

import redis.embedded.RedisServer;

/**
 * scraper-service's failure modes with the real processes: auth-service, catalog-service and two
 * scraper-service instances on one SQLite file, a Redis of the test's own (so it can be
 * restarted), catalog reached through a proxy the test can cut, and the sample retailer site
 * behind a front the test can make hang or fail page by page. Each test proves that whatever
 * breaks, every scrape ends up in catalog's history exactly once and with the price the shop
 * showed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScraperFaultsIT {

    private static final String ADMIN_EMAIL = "root@whey.test";
    private static final String ADMIN_PASSWORD = "a long and unusual passphrase 7";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ApiCalls http = new ApiCalls();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Set<String> overlapped = ConcurrentHashMap.newKeySet();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Deque<Listing> unused = new ArrayDeque<>();

    private Path data;
    private SampleRetailer retailer;
    private HttpServer shopFront;
    private RedisServer redis;
    private TcpProxy catalogProxy;
    private Suite suite;
    private Settings settings;
    private Suite.Running scraperOne;
    private Suite.Running scraperTwo;
    private String adminToken;

    record Listing(String id, String url, String shop) {
        String path() {
            return URI.create(url).getPath();
        }
    }

    record Observation(long priceMinor, Long listPriceMinor, String currency, String availability, String jobId) {
    }

    @BeforeAll
    void startTheSuite() throws Exception {
        data = Files.createTempDirectory("scraper-faults");
        Path root = Path.of("..").toAbsolutePath().normalize();
        retailer = new SampleRetailer(root.resolve("deployments/sample-retailer"), Clock.systemUTC());
        shopFront = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.any()), 64);
        shopFront.setExecutor(Executors.newCachedThreadPool());
        shopFront.createContext("/", this::shopFront);
        shopFront.start();
        int redisPort = FreePorts.any();
        redis = RedisServer.builder().port(redisPort).bind("127.0.0.1").setting("save \"\"").setting("appendonly no").build();
        redis.start();

        int catalogPort = FreePorts.any();
        catalogProxy = new TcpProxy("127.0.0.1", catalogPort).start();
        List<Settings.Service> services = List.of(onFreePorts("auth-service", "auth-service"),
                onFreePorts("catalog-service", "catalog-service", catalogPort),
                onFreePorts("scraper-service", "scraper-1"), onFreePorts("scraper-service", "scraper-2"));
        Map<String, String> environment = Map.of(
                "SAMPLE_RETAILER_URL", "http://localhost:" + shopFront.getAddress().getPort(),
                "CATALOG_URL", "http://localhost:" + catalogProxy.port(),
                "AUTH_BOOTSTRAP_SUPER_ADMIN_EMAIL", ADMIN_EMAIL,
                "AUTH_BOOTSTRAP_SUPER_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // the test asks for every scrape itself
                "SCRAPER_SCHEDULE_ENABLED", "false",
                "SCRAPER_QUEUE_VISIBILITY_TIMEOUT", "3s",
                "SCRAPER_QUEUE_MAX_ATTEMPTS", "3",
                "SCRAPER_QUEUE_BACKOFF_BASE", "300ms",
                "SCRAPER_QUEUE_BACKOFF_MAX", "1s",
                // a refused result is offered again this long, then its job is left to be taken over
                "SCRAPER_QUEUE_HAND_IN_PATIENCE", "4s");
        settings = new Settings(root, data, "jdbc:sqlite:" + data.resolve("whey.db"), "redis://127.0.0.1:" + redisPort, redisPort,
                services, 0, 0, 0, environment, Duration.ofSeconds(120));
        suite = new Suite(settings, System.out, Clock.systemUTC());
        suite.start();
        scraperOne = instance("scraper-1");
        scraperTwo = instance("scraper-2");
        adminToken = login();
        unused.addAll(demoListings());
    }

    @AfterAll
    void stopTheSuite() throws Exception {
        if (suite != null) {
            suite.close();
        }
        catalogProxy.close();
        shopFront.stop(0);
        redis.stop();
    }

    @Test
    void twoInstancesScrapeEveryListingExactlyOnceAndNeverTheSameOneConcurrently() throws Exception {
        List<Listing> listings = new ArrayList<>();
        for (String shop : List.of("proteinmart", "musclemart", "fitkart", "gymbazaar")) {
            listings.add(take(shop));
            listings.add(take(shop));
        }
        // the first page is held, so its job is certainly still pending when it is asked for again
        CountDownLatch release = hold(listings.get(0));
        for (int i = 0; i < listings.size(); i++) {
            assertThat(scrapeNow(i % 2 == 0 ? scraperOne : scraperTwo, listings.get(i))).contains("\"queued\":1");
        }
        // asked again while the first job is pending, at the other instance: no second job
        assertThat(scrapeNow(scraperTwo, listings.get(0))).contains("\"queued\":0", "\"alreadyQueued\":1");
        release.countDown();

        for (Listing listing : listings) {
            awaitScraped(listing);
        }
        Thread.sleep(2000);
        for (Listing listing : listings) {
            assertThat(scrapes(listing)).as(listing.url()).hasSize(1);
            assertThat(hits(listing)).as(listing.url()).isEqualTo(1);
            assertShowsWhatTheShopShowed(listing);
        }
        assertThat(overlapped).isEmpty();
        assertThat(jobsDone(scraperOne)).as("scraper-1 worked jobs").isPositive();
        assertThat(jobsDone(scraperTwo)).as("scraper-2 worked jobs").isPositive();
    }

    @Test
    void jobOfAWorkerKilledMidScrapeIsTakenOverAndStoredOnce() throws Exception {
        Listing listing = take("musclemart");
        suite.stop(scraperTwo, false);
        CountDownLatch release = hold(listing);
        assertThat(scrapeNow(scraperOne, listing)).contains("\"queued\":1");
        await("the shop sees the fetch", () -> hits(listing) == 1);

        suite.stop(scraperOne, true);
        release.countDown();
        scraperTwo = suite.start(scraperTwo.service());

        awaitScraped(listing);
        Thread.sleep(2000);
        assertThat(scrapes(listing)).hasSize(1);
        assertThat(hits(listing)).isEqualTo(2);
        assertShowsWhatTheShopShowed(listing);
        scraperOne = suite.start(scraperOne.service());
    }

    @Test
    void whileCatalogIsDownNoResultIsLostOrRecordedTwice() throws Exception {
        // two, as the sample shops share one host and a host gets at most two requests in flight
        List<Listing> listings = List.of(take("proteinmart"), take("gymbazaar"));
        List<CountDownLatch> releases = new ArrayList<>();
        for (Listing listing : listings) {
            releases.add(hold(listing));
            assertThat(scrapeNow(scraperOne, listing)).contains("\"queued\":1");
        }
        await("the shop sees every fetch", () -> listings.stream().allMatch(listing -> hits(listing) >= 1));

        catalogProxy.stop();
        releases.forEach(CountDownLatch::countDown);
        // long enough for the results to be refused and the jobs to be taken over at least once
        Thread.sleep(8000);
        for (Listing listing : listings) {
            assertThat(scrapes(listing)).as("nothing reaches catalog while it is down").isEmpty();
        }
        catalogProxy.start();

        for (Listing listing : listings) {
            awaitScraped(listing);
        }
        Thread.sleep(4000);
        for (Listing listing : listings) {
            assertThat(scrapes(listing)).as(listing.url()).hasSize(1);
            assertShowsWhatTheShopShowed(listing);
        }
    }

    @Test
    void aPageThatKeepsFailingIsDeadLetteredAfterTheLastAttemptAndCanBeReplayed() throws Exception {
        Listing listing = take("fitkart");
        Map<String, Object> before = listingRow(listing);
        failing.add(listing.path());
        assertThat(scrapeNow(scraperTwo, listing)).contains("\"queued\":1");

        await("the listing's job is dead-lettered", () -> deadLetters().contains(listing.id()));
        assertThat(hits(listing)).as("one fetch per attempt").isEqualTo(3);
        await("catalog is told the scrape failed", () -> "FAILED".equals(listingRow(listing).get("last_scrape_status")));
        Map<String, Object> after = listingRow(listing);
        assertThat(after.get("price_minor")).as("the last good price is kept").isEqualTo(before.get("price_minor"));
        assertThat(scrapes(listing)).isEmpty();

        failing.remove(listing.path());
        String deadLetterId = deadLetters().replaceFirst("(?s).*\"id\":\"([^\"]+)\",\"jobId\":\"[^\"]+\",\"listingId\":\"" + listing.id() + "\".*",
                "$1");
        HttpResponse<String> replay = http.send(HttpRequest.newBuilder(scraperUri(scraperOne, "/admin/dead-letters/" + deadLetterId + "/replay"))
                .header("Authorization", "Bearer " + adminToken).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(replay.body()).contains("\"replayJobId\"");

        awaitScraped(listing);
        assertShowsWhatTheShopShowed(listing);
        assertThat(deadLetters()).doesNotContain(listing.id());
    }

    @Test
    void workersCarryOnAfterRedisRestarts() throws Exception {
        redis.stop();
        Thread.sleep(2000);
        redis.start();
        Listing listing = take("proteinmart");

        await("scrape-now is accepted again", () -> {
            try {
                return scrapeNow(scraperOne, listing).contains("\"queued\":1");
            } catch (AssertionError | Exception notYet) {
                return false;
            }
        });
        awaitScraped(listing);
        assertThat(scrapes(listing)).hasSize(1);
        assertShowsWhatTheShopShowed(listing);

        Listing another = take("musclemart");
        assertThat(scrapeNow(scraperTwo, another)).contains("\"queued\":1");
        awaitScraped(another);
        assertShowsWhatTheShopShowed(another);
    }

    /** The sample shops, fronted by page faults the test asks for, counting fetches and overlaps per page. */
    private void shopFront(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, ignored -> new AtomicInteger()).incrementAndGet();
        if (inFlight.computeIfAbsent(path, ignored -> new AtomicInteger()).incrementAndGet() > 1) {
            overlapped.add(path);
        }
        try {
            CountDownLatch gate = held.get(path);
            if (gate != null) {
                gate.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
            if (failing.contains(path)) {
                try (exchange) {
                    exchange.sendResponseHeaders(500, -1);
                }
                return;
            }
            retailer.handle(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.get(path).decrementAndGet();
        }
    }

    private CountDownLatch hold(Listing listing) {
        CountDownLatch gate = new CountDownLatch(1);
        held.put(listing.path(), gate);
        return gate;
    }

    private int hits(Listing listing) {
        AtomicInteger count = hits.get(listing.path());
        return count == null ? 0 : count.get();
    }

    private Listing take(String shop) {
        Listing listing = unused.stream().filter(candidate -> candidate.shop().equals(shop)).findFirst().orElseThrow();
        unused.remove(listing);
        return listing;
    }

    private void assertShowsWhatTheShopShowed(Listing listing) throws SQLException {
        SampleSite.Offer offer = retailer.site().offer(listing.path()).orElseThrow();
        Observation observation = scrapes(listing).get(0);
        assertThat(observation.priceMinor()).as(listing.url()).isEqualTo(offer.priceInr() * 100);
        assertThat(observation.currency()).isEqualTo("INR");
        assertThat(observation.availability()).isEqualTo(offer.inStock() ? "IN_STOCK" : "OUT_OF_STOCK");
        // the meta-tag shop publishes no list price in a form a robot can read
        assertThat(observation.listPriceMinor()).as(listing.url())
                .isEqualTo(offer.shop().markup().equals("meta") ? null : offer.listPriceInr() * 100);
        Map<String, Object> row = listingRow(listing);
        assertThat(row.get("price_minor")).isEqualTo(offer.priceInr() * 100);
        assertThat(row.get("last_scrape_status")).isEqualTo("OK");
    }

    private void awaitScraped(Listing listing) throws Exception {
        await(listing.url() + " stored", () -> {
            try {
                return !scrapes(listing).isEmpty();
            } catch (SQLException e) {
                return false;
            }
        });
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            Thread.sleep(250);
        }
    }

    // --- the suite's own records: catalog's SQLite file and the scrapers' admin API

    private List<Listing> demoListings() throws SQLException {
        List<Listing> listings = new ArrayList<>();
        try (Connection db = database(); ResultSet rows = db.createStatement().executeQuery("""
                SELECT l.id, l.url, r.slug FROM catalog_listing l JOIN catalog_retailer r ON r.id = l.retailer_id ORDER BY l.url""")) {
            while (rows.next()) {
                listings.add(new Listing(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return listings;
    }

    /** Observations that came from a scrape in this test run (the demo history's job ids start with "demo-"). */
    private List<Observation> scrapes(Listing listing) throws SQLException {
        List<Observation> observations = new ArrayList<>();
        try (Connection db = database(); PreparedStatement query = db.prepareStatement("""
                SELECT price_minor, list_price_minor, currency, availability, job_id FROM catalog_price_observation
                 WHERE listing_id = ? AND job_id NOT LIKE 'demo-%'""")) {
            query.setString(1, listing.id());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Long list = rows.getObject(2) == null ? null : rows.getLong(2);
                    observations.add(new Observation(rows.getLong(1), list, rows.getString(3), rows.getString(4), rows.getString(5)));
                }
            }
        }
        return observations;
    }

    private Map<String, Object> listingRow(Listing listing) {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(
                "SELECT price_minor, last_scrape_status FROM catalog_listing WHERE id = ?")) {
            query.setString(1, listing.id());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return Map.of("price_minor", row.getLong(1), "last_scrape_status", String.valueOf(row.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("whey.db") + "?busy_timeout=5000");
    }

    private String scrapeNow(Suite.Running scraper, Listing listing) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(scraperUri(scraper, "/admin/scrapes"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"listingId\":\"" + listing.id() + "\"}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private String deadLetters() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(scraperUri(scraperOne, "/admin/dead-letters"))
                    .header("Authorization", "Bearer " + adminToken));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jobs an instance finished, by its own {@code whey_scrape_jobs_total}. */
    private double jobsDone(Suite.Running scraper) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + scraper.service().managementPort() + "/q/metrics"))).body();
        return metrics.lines().filter(line -> line.startsWith("whey_scrape_jobs_total{") && line.contains("outcome=\"ok\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private String login() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + settings.port("auth-service") + "/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return login.body().replaceFirst("^.*\"access_token\":\"([^\"]+)\".*$", "$1");
    }

    private Suite.Running instance(String label) {
        return suite.running().stream().filter(running -> running.service().label().equals(label)).findFirst().orElseThrow();
    }

    private static URI scraperUri(Suite.Running scraper, String path) {
        return URI.create("http://127.0.0.1:" + scraper.service().port() + path);
    }

}
