package com.wheyprice.devrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.wheyprice.common.testing.FreePorts;

/**
 * The README's run command end to end, on the packaged services: with no Redis on its port the
 * launcher embeds one, all five services come up ready on one SQLite file, the scraper reads the
 * sample shops the launcher serves, a scheduled scrape is one trace from the scheduler into
 * catalog's ingest (a local OTLP endpoint receives the spans), every metric the alerts and
 * dashboards query is exported, stopping leaves no process behind, and a second start reuses the
 * data.
 */
class DevRunIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final OtlpReceiver traces = new OtlpReceiver();

    @AfterEach
    void stopReceivingTraces() {
        traces.close();
    }

    @Test
    void startsTheWholeSuiteStopsEverythingAndRestartsOnTheSameData(@TempDir Path data) throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        int base = freeConsecutivePorts(Settings.NOTIFICATION_OFFSET + 1);
        int redisPort = freeConsecutivePorts(1);
        Settings settings = new Settings(root, data, "jdbc:sqlite:" + data.resolve("whey.db"), null, redisPort,
                Settings.services(base), base + Settings.SAMPLE_RETAILER_OFFSET, FreePorts.any(), FreePorts.any(),
                Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint(),
                        "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf", "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"), Duration.ofSeconds(120));

        List<ProcessHandle> firstRun = runAndCheck(settings, true);

        assertThat(firstRun).noneMatch(ProcessHandle::isAlive);
        assertThat(RedisSupply.answersPing("127.0.0.1", redisPort)).isFalse();
        assertThat(data.resolve("whey.db")).exists();
        assertThat(data.resolve("redis")).isDirectory();

        runAndCheck(settings, false);
        assertThat(Files.readString(data.resolve("logs/auth-service.log"))).contains("(0 migrations applied)");
    }

    /** Starts the suite, checks every service and the embedded Redis, stops it; returns the processes it had. */
    private List<ProcessHandle> runAndCheck(Settings settings, boolean demoListingsDue) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<ProcessHandle> processes;
        try (Suite suite = new Suite(settings, new PrintStream(console, true), Clock.systemUTC())) {
            suite.start();
            processes = suite.running().stream().map(running -> running.process().toHandle()).toList();
            assertThat(console.toString()).contains("(embedded");
            assertThat(console.toString()).as("the progress a developer sees").containsPattern("catalog-service +ready after \\d+\\.\\d s");
            assertThat(RedisSupply.answersPing("127.0.0.1", settings.embeddedPort())).isTrue();
            for (Settings.Service service : settings.services()) {
                HttpResponse<String> healthz = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(healthz.statusCode()).as(service.name()).isEqualTo(200);
                assertThat(healthz.body()).contains("\"status\":\"UP\"");
            }
            signUpSignInAndUseTheToken(settings.port("auth-service"));
            theDevelopmentAccountsAreShownAndSignIn(console.toString(), settings.port("auth-service"));
            serviceTokenFromAuthIsTrustedByCatalog(settings, suite.clientSecret("scraper-service"));
            demoCatalogIsLoaded(settings.port("catalog-service"));
            if (demoListingsDue) {
                scraperReadsTheSampleShopsPrices(settings);
                aScheduledScrapeIsOneTraceFromTheSchedulerIntoCatalogsIngest();
                everyMetricTheAlertsAndDashboardsQueryIsExported(settings);
            }
        }
        return processes;
    }

    /** The services are wired to the auth-service the launcher started: its tokens verify through its own discovery. */
    private void signUpSignInAndUseTheToken(int authPort) throws Exception {
        String base = "http://127.0.0.1:" + authPort;
        String email = "dev-" + System.nanoTime() + "@whey.test";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"a long and unusual passphrase 7\"";
        HttpResponse<String> registered = post(base + "/auth/register", credentials + ",\"displayName\":\"Dev\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        HttpResponse<String> login = post(base + "/auth/login", credentials + "}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String token = login.body().replaceFirst("^.*\"access_token\":\"([^\"]+)\".*$", "$1");
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base + "/auth/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains(email);
    }

    /**
     * A newcomer reads the super admin's and the shopper's credentials in the launcher's output,
     * at the first start and again at the next, and signs in with them.
     */
    private void theDevelopmentAccountsAreShownAndSignIn(String console, int authPort) throws Exception {
        Matcher shown = Pattern.compile("accounts super admin (\\S+) / (\\S+), shopper (\\S+) / (\\S+) ").matcher(console);
        assertThat(shown.find()).as(console).isTrue();
        assertThat(shown.group(1)).isEqualTo("admin@whey.test");
        assertThat(shown.group(3)).isEqualTo("shopper@whey.test");
        for (int account : new int[] {1, 3}) {
            HttpResponse<String> login = post("http://127.0.0.1:" + authPort + "/auth/login",
                    "{\"email\":\"" + shown.group(account) + "\",\"password\":\"" + shown.group(account + 1) + "\"}");
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        }
    }

    /** A client-credentials token from the launched auth-service opens catalog-service's internal API; nothing else does. */
    private void serviceTokenFromAuthIsTrustedByCatalog(Settings settings, String secret) throws Exception {
        String auth = "http://127.0.0.1:" + settings.port("auth-service");
        String catalog = "http://127.0.0.1:" + settings.port("catalog-service");
        String basic = Base64.getEncoder().encodeToString(("scraper-service:" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(auth + "/auth/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String serviceToken = token.body().replaceFirst("^.*\"access_token\":\"([^\"]+)\".*$", "$1");

        HttpResponse<String> claimed = http.send(HttpRequest.newBuilder(URI.create(catalog + "/internal/listings/claim-due?limit=1"))
                .header("Authorization", "Bearer " + serviceToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(catalog + "/internal/listings/claim-due?limit=1"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private void demoCatalogIsLoaded(int catalogPort) throws Exception {
        HttpResponse<String> products = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + catalogPort
                + "/catalog/products?limit=5")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(products.statusCode()).isEqualTo(200);
        assertThat(products.body()).contains("pricePer100gProtein");
    }

    /**
     * The demo listings are due when the catalog is new, so the development scraper fetches them
     * from the sample retailer the launcher serves, and catalog records what each shop showed.
     */
    private void scraperReadsTheSampleShopsPrices(Settings settings) throws Exception {
        SampleSite site = SampleSite.load(settings.root().resolve("deployments/sample-retailer"), Clock.systemUTC());
        Map<String, Long> scraped = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (Connection db = DriverManager.getConnection(settings.databaseUrl() + "?busy_timeout=5000")) {
            while (scraped.keySet().stream().map(url -> URI.create(url).getPath().split("/")[1]).distinct().count() < 4
                    && System.nanoTime() < deadline) {
                Thread.sleep(500);
                try (ResultSet rows = db.createStatement().executeQuery("""
                        SELECT l.url, o.price_minor FROM catalog_price_observation o JOIN catalog_listing l ON l.id = o.listing_id
                         WHERE o.job_id NOT LIKE 'demo-%'""")) {
                    while (rows.next()) {
                        scraped.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        assertThat(scraped.keySet()).as(() -> "listings scraped from every sample shop; the scraper's log ends:\n"
                        + logTail(settings, "scraper-service") + "\ncatalog's:\n" + logTail(settings, "catalog-service"))
                .extracting(url -> URI.create(url).getPath().split("/")[1])
                .contains("proteinmart", "musclemart", "fitkart", "gymbazaar");
        scraped.forEach((url, priceMinor) -> assertThat(priceMinor).as(url)
                .isEqualTo(site.offer(URI.create(url).getPath()).orElseThrow().priceInr() * 100));
    }

    /**
     * A scheduling round starts a trace that each of its jobs carries through the queue: the
     * worker's scrape, the batch it hands in, and catalog's ingest of it are that trace.
     */
    private void aScheduledScrapeIsOneTraceFromTheSchedulerIntoCatalogsIngest() throws InterruptedException {
        List<String> path = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!path.contains("scraper-service schedule due listings") && System.nanoTime() < deadline) {
            List<OtlpReceiver.ReceivedSpan> received = traces.spans();
            path = received.stream().filter(span -> span.service().equals("catalog-service") && span.name().contains("scrape-results"))
                    .map(ingest -> OtlpReceiver.ancestors(received.stream().filter(span -> span.traceId().equals(ingest.traceId())).toList(),
                            ingest).stream().map(span -> span.service() + " " + span.name()).toList())
                    .filter(ancestors -> ancestors.contains("scraper-service schedule due listings")).findFirst().orElse(List.of());
            Thread.sleep(250);
        }
        assertThat(path).as("catalog's ingest traced back to a scheduling round").last().isEqualTo("scraper-service schedule due listings");
        assertThat(path).anyMatch(span -> span.startsWith("scraper-service scrape ")).contains("scraper-service hand in scrape results");
    }

    /**
     * Once shoppers have searched, opened a product and followed an affiliate link through the
     * public API (and the scraper has worked), every metric an alert rule or a Grafana dashboard
     * queries is exported by some service, with every label the query matches on.
     */
    private void everyMetricTheAlertsAndDashboardsQueryIsExported(Settings settings) throws Exception {
        String api = "http://127.0.0.1:" + settings.port("api-service") + "/api/v1";
        HttpResponse<String> found = get(api + "/products?q=whey&limit=1");
        assertThat(found.statusCode()).isEqualTo(200);
        String slug = found.body().replaceFirst("(?s)^.*?\"slug\":\"([^\"]+)\".*$", "$1");
        String detail = get(api + "/products/" + slug).body();
        String listing = detail.replaceFirst("(?s)^.*?\"listingId\":\"([^\"]+)\".*$", "$1");
        assertThat(get(api + "/go/" + listing).statusCode()).isEqualTo(302);

        Map<String, Set<String>> exported = new HashMap<>();
        for (Settings.Service service : settings.services()) {
            HttpResponse<String> metrics = get("http://127.0.0.1:" + service.managementPort() + "/q/metrics");
            assertThat(metrics.statusCode()).as(service.name()).isEqualTo(200);
            MonitoringQueries.exported(metrics.body(), exported);
        }
        assertThat(MonitoringQueries.of(settings.root()).unmet(exported)).isEmpty();
    }

    private static String logTail(Settings settings, String service) {
        try {
            return Suite.tail(settings.dataDir().resolve("logs").resolve(service + ".log"));
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freeConsecutivePorts(int count) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base;
            try (ServerSocket probe = new ServerSocket(0)) {
                base = probe.getLocalPort();
            }
            // the services' management ports sit MANAGEMENT_OFFSET above their HTTP ports
            if (base + Settings.MANAGEMENT_OFFSET + count < 65535 && allFree(base, count) && allFree(base + Settings.MANAGEMENT_OFFSET, count)) {
                return base;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports");
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
