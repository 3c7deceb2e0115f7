package com.wheyprice.devrun;

import static com.wheyprice.devrun.TestServices.onFreePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.wheyprice.common.db.DatabaseUrl;
import com.wheyprice.common.db.JdbcConnections;
import com.wheyprice.common.testing.FreePorts;
import com.wheyprice.common.testing.TcpProxy;
import com.wheyprice.common.testing.TestPostgres;
import com.wheyprice.common.testing.TestRedis;
import com.wheyprice.common.testing.WebhookReceiver;

/**
 * "Tell me when it is cheap", end to end with the real processes on PostgreSQL: a shopper sets
 * an alert through the public API, a scrape of a sample shop brings the price to the target, and
 * the shopper holds the e-mail in the development mail server's inbox: once, with a buy link that
 * counts as a click from an alert, and an unsubscribe that works by RFC 8058's one-click POST. The
 * mail server sits behind a proxy the test can cut, and notification-service is killed and
 * restarted while an e-mail and a webhook POST (to an HTTPS receiver that verifies its signature)
 * are outstanding; each arrives once. Every shopper first proves their address from the
 * link in the mail registration sends; one forgets their password and sets a new one from the
 * reset mail, which signs out every old session on every service. One exports everything the
 * platform holds about them, then erases their account while catalog-service is down: the services
 * that are up erase their part within a minute, catalog-service when it returns, and the admin sees
 * each service's part until none names them. A sample shop's page that loses its decimal point
 * shows a hundredth of the price: nobody hears of it until a second scrape shows it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsIT {

    private static final String ADMIN_EMAIL = "root@whey.test";
    private static final String ADMIN_PASSWORD = "a long and unusual passphrase 7";
    private static final String PASSWORD = "whey protein is 80 percent protein";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ALERT = "Price alert: ";

    private final ApiCalls http = new ApiCalls();
    private final ObjectMapper json = new ObjectMapper();
    private final Deque<Listing> unused = new ArrayDeque<>();

    private String databaseUrl;
    private Suite suite;
    private Settings settings;
    private TcpProxy smtp;
    private WebhookReceiver receiver;
    private SampleRetailer retailer;
    private HttpServer shopFront;
    /** Pages that show something other than the shop's price list, by path. */
    private final Map<String, UnaryOperator<SampleSite.Offer>> wrongPages = new ConcurrentHashMap<>();
    private String api;
    /** The API as the links in messages name it ({@code PUBLIC_URL}, which the launcher sets to localhost). */
    private String publicApi;
    private String inbox;
    private String adminToken;

    /** A demo listing at a sample shop and the variant it sells. */
    record Listing(String id, String variantId, String url) {
    }

    /** A signed-up shopper with a verified address: the id auth-service gave them (as notification-service knows them), their address and session. */
    record Shopper(String id, String email, String token, String refreshToken) {
    }

    @BeforeAll
    void startTheSuite() throws Exception {
        databaseUrl = TestPostgres.createDatabase();
        Path data = Files.createTempDirectory("notifications");
        Path root = Path.of("..").toAbsolutePath().normalize();
        int smtpPort = FreePorts.any();
        smtp = new TcpProxy("127.0.0.1", smtpPort).start();
        receiver = new WebhookReceiver(Clock.systemUTC());
        retailer = new SampleRetailer(root.resolve("deployments/sample-retailer"), Clock.systemUTC());
        shopFront = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.any()), 64);
        shopFront.setExecutor(Executors.newCachedThreadPool());
        shopFront.createContext("/", exchange -> retailer.handle(exchange,
                wrongPages.getOrDefault(exchange.getRequestURI().getPath(), UnaryOperator.identity())));
        shopFront.start();
        List<Settings.Service> services = List.of(onFreePorts("api-service", "api-service"), onFreePorts("auth-service", "auth-service"),
                onFreePorts("catalog-service", "catalog-service"), onFreePorts("scraper-service", "scraper-service"),
                onFreePorts("notification-service", "notification-service"));
        Map<String, String> environment = Map.ofEntries(
                Map.entry("REDIS_KEY_PREFIX", "whey-notify-" + UUID.randomUUID()),
                // the sample shops, behind a front whose pages the test can make go wrong
                Map.entry("SAMPLE_RETAILER_URL", "http://localhost:" + shopFront.getAddress().getPort()),
                Map.entry("SCRAPER_SCHEDULE_ENABLED", "false"),
                Map.entry("AUTH_BOOTSTRAP_SUPER_ADMIN_EMAIL", ADMIN_EMAIL),
                Map.entry("AUTH_BOOTSTRAP_SUPER_ADMIN_PASSWORD", ADMIN_PASSWORD),
                // mail goes through the proxy, so the test can take the mail server away
                Map.entry("SMTP_PORT", Integer.toString(smtp.port())),
                Map.entry("NOTIFY_DELIVERY_FIRST_RETRY", "1s"),
                Map.entry("NOTIFY_DELIVERY_MAX_RETRY", "2s"),
                Map.entry("NOTIFY_DELIVERY_LEASE", "5s"),
                Map.entry("NOTIFY_DELIVERY_MAX_ATTEMPTS", "50"),
                // the shoppers' webhook receiver runs here: the one local origin allowed, its certificate trusted
                Map.entry("NOTIFY_WEBHOOK_LOCAL_ORIGIN", receiver.origin()),
                Map.entry("NOTIFY_WEBHOOK_TRUST_PEM", receiver.certificatePath()),
                Map.entry("NOTIFY_WEBHOOK_MAX_FAILURES", "1000"));
        settings = new Settings(root, data, databaseUrl, TestRedis.URL, 0, services, 0, smtpPort, FreePorts.any(), environment,
                Duration.ofSeconds(120));
        suite = new Suite(settings, System.out, Clock.systemUTC());
        suite.start();
        api = "http://127.0.0.1:" + settings.port("api-service") + "/api/v1";
        publicApi = "http://localhost:" + settings.port("api-service") + "/api/v1";
        inbox = suite.mailInboxUrl();
        adminToken = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        unused.addAll(demoListings());
    }

    @AfterAll
    void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
        smtp.close();
        shopFront.stop(0);
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aScrapeThatBringsThePriceToTheTargetReachesTheShopperOnceWithABuyLinkThatCounts() throws Exception {
        Shopper shopper = signUp("asha");
        Listing listing = unused.pop();
        setAlertAtThePriceNow(shopper, listing);

        scrapeNow(listing);
        JsonNode mail = await().atMost(PATIENCE).until(() -> alertMailsTo(shopper), mails -> !mails.isEmpty()).get(0);

        assertThat(mail.path("subject").asText()).startsWith("Price alert: ");
        // the link goes to the variant's best offer now, at whichever shop that is, through the public API
        Matcher link = Pattern.compile(Pattern.quote(publicApi + "/go/") + "[0-9a-f-]{36}\\?source=ALERT").matcher(mail.path("text").asText());
        assertThat(link.find()).as(mail.path("text").asText()).isTrue();
        String buy = link.group();
        assertThat(mail.path("text").asText()).contains("at or below your target");
        assertThat(mail.path("html").asText()).contains("href=\"" + buy + "\"");
        assertThat(mail.path("listUnsubscribe").get(0).asText()).startsWith("<" + publicApi + "/notifications/unsubscribe?token=");

        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create(buy)).GET());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("http"));
        await().atMost(PATIENCE).until(this::clicksFromAlertsToday, clicks -> clicks >= 1);

        assertThat(deliveryStatuses(shopper)).as("one crossing, one delivery").containsExactly("SENT");
        assertThat(alertMailsTo(shopper)).hasSize(1);
    }

    /**
     * Kiran waits for her tub to reach the shop's price. The page loses its decimal point and shows
     * a hundredth of it: the scrape is held back, her alert stays quiet and the offer stays as it
     * was. Only when the next scrape shows the same price is it taken, and then she is told.
     */
    @Test
    void aPriceAHundredTimesTooLowIsHeldBackAndTheShopperHearsOfItOnlyOnceASecondScrapeShowsItToo() throws Exception {
        Shopper shopper = signUp("kiran");
        Listing listing = unused.pop();
        setAlertAtThePriceNow(shopper, listing);
        String page = URI.create(listing.url()).getPath();
        long before = offerOf(listing);
        long slipped = Math.max(1, before / 100 / 100); // a hundredth of the offer the shop showed last, in rupees
        wrongPages.put(page, offer -> new SampleSite.Offer(offer.shop(), offer.product(), offer.flavour(), offer.sizeG(), slipped,
                offer.listPriceInr(), offer.inStock()));
        try {
            scrapeNow(listing);
            JsonNode held = await().atMost(PATIENCE).until(() -> quarantined(listing, "PENDING"), found -> found != null);
            assertThat(held.path("reason").asText()).isEqualTo("SCALE_SLIP");
            assertThat(held.path("price").path("amountMinor").asLong()).isEqualTo(slipped * 100);
            assertThat(offerOf(listing)).as("the offer is as it was").isEqualTo(before);
            assertThat(firedAlerts(shopper)).as("her alert did not fire").isZero();

            scrapeNow(listing);
            JsonNode mail = await().atMost(PATIENCE).until(() -> alertMailsTo(shopper), mails -> !mails.isEmpty()).get(0);

            assertThat(mail.path("subject").asText()).startsWith(ALERT);
            assertThat(quarantined(listing, "CONFIRMED").path("decidedVia").asText()).isEqualTo("SCRAPE");
            assertThat(offerOf(listing)).isEqualTo(slipped * 100);
            assertThat(alertMailsTo(shopper)).hasSize(1);
        } finally {
            wrongPages.remove(page);
        }
    }

    @Test
    void anEmailAndAWebhookOutstandingWhenNotificationServiceIsKilledEachArriveOnceAfterItsRestart() throws Exception {
        Shopper shopper = premium(signUp("ravi"));
        HttpResponse<String> registered = http.post(api + "/notifications/webhooks", shopper.token(), "{\"url\":\"" + receiver.url() + "\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        receiver.secret(json.readTree(registered.body()).path("secret").asText());
        Listing listing = unused.pop();
        setAlertAtThePriceNow(shopper, listing);

        smtp.stop();
        receiver.failNext(Integer.MAX_VALUE);
        Suite.Running notifier = suite.running().stream().filter(running -> running.service().name().equals("notification-service"))
                .findFirst().orElseThrow();
        try {
            scrapeNow(listing);
            await().atMost(PATIENCE).until(() -> failedAttempts(shopper, "EMAIL") > 0 && failedAttempts(shopper, "WEBHOOK") > 0);
            suite.stop(notifier, true);
        } finally {
            smtp.start();
            receiver.failNext(0);
        }
        suite.start(notifier.service());

        await().atMost(PATIENCE).until(() -> deliveryStatuses(shopper), List.of("SENT", "SENT")::equals);
        assertThat(alertMailsTo(shopper)).as("one e-mail, after the restart").hasSize(1);
        List<WebhookReceiver.Received> posts = receiver.accepted().stream()
                .filter(received -> received.body().contains("\"variantId\":\"" + listing.variantId() + "\"")).toList();
        assertThat(posts).as("one signed POST, after the restart").hasSize(1);
        assertThat(json.readTree(posts.get(0).body()).path("type").asText()).isEqualTo("price-alert.fired");
    }

    @Test
    void theShopperUnsubscribesByOneClickAndHearsNoMore() throws Exception {
        Shopper shopper = signUp("mei");
        Listing first = unused.pop();
        setAlertAtThePriceNow(shopper, first);
        scrapeNow(first);
        JsonNode mail = await().atMost(PATIENCE).until(() -> alertMailsTo(shopper), mails -> !mails.isEmpty()).get(0);
        String unsubscribe = mail.path("listUnsubscribe").get(0).asText().replaceAll("^<|>$", "");

        HttpResponse<String> oneClick = http.send(HttpRequest.newBuilder(URI.create(unsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertThat(oneClick.statusCode()).as(oneClick.body()).isEqualTo(200);

        Listing second = unused.pop();
        setAlertAtThePriceNow(shopper, second);
        scrapeNow(second);
        await().atMost(PATIENCE).until(() -> deliveryStatuses(shopper), statuses -> statuses.size() == 2 && !statuses.contains("PENDING"));
        assertThat(deliveryStatuses(shopper)).containsExactlyInAnyOrder("SENT", "SKIPPED");
        assertThat(alertMailsTo(shopper)).hasSize(1);
    }

    @Test
    void aShopperWhoSuggestedAPageHearsThatAnAdminTurnedItDown() throws Exception {
        Shopper shopper = signUp("lena");
        String url = "https://shop.example/whey-" + UUID.randomUUID();
        HttpResponse<String> submitted = http.post(api + "/discoveries", shopper.token(), "{\"url\":\"" + url + "\"}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String discovery = json.readTree(submitted.body()).path("id").asText();

        HttpResponse<String> rejected = http.post(api + "/admin/discoveries/" + discovery + "/reject", adminToken, "");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

        JsonNode mail = await().atMost(PATIENCE).until(() -> mailsTo(shopper.email(), "Your product suggestion"), mails -> !mails.isEmpty()).get(0);
        assertThat(mail.path("subject").asText()).isEqualTo("Your product suggestion was not added");
        assertThat(mail.path("text").asText()).contains(url);
    }

    @Test
    void aShopperWhoForgotTheirPasswordSetsANewOneFromTheMailAndEveryOldSessionIsDeadEverywhere() throws Exception {
        Shopper shopper = signUp("nora");
        String newPassword = "casein digests slowly overnight";

        HttpResponse<String> asked = http.post(api + "/auth/password-reset", null, "{\"email\":\"" + shopper.email() + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        HttpResponse<String> done = follow(linkIn(shopper.email(), "Reset your Whey Price password", "/auth/pages/password-reset"),
                "newPassword=" + URLEncoder.encode(newPassword, StandardCharsets.UTF_8));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Your password is changed");

        HttpResponse<String> oldPassword = http.post(api + "/auth/login", null,
                "{\"email\":\"" + shopper.email() + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(oldPassword.statusCode()).isEqualTo(401);
        String fresh = signIn(shopper.email(), newPassword);
        assertThat(http.get(api + "/alerts", fresh).statusCode()).isEqualTo(200);
        // the old session's access token stops working on catalog-service as on auth-service, within seconds
        await().atMost(PATIENCE).until(() -> http.get(api + "/alerts", shopper.token()).statusCode() == 401);
        assertThat(http.get(api + "/auth/me", shopper.token()).statusCode()).isEqualTo(401);
        HttpResponse<String> refreshed = http.send(HttpRequest.newBuilder(URI.create(api + "/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + shopper.refreshToken())));
        assertThat(refreshed.statusCode()).isEqualTo(401);
        await().atMost(PATIENCE).until(() -> mailsTo(shopper.email(), "Your Whey Price password was changed"), mails -> !mails.isEmpty());
    }

    @Test
    void aShopperWhoErasesTheirAccountLeavesNoRowThatNamesThemOnAnyServiceEvenOneThatWasDownMeanwhile() throws Exception {
        Shopper shopper = premium(signUp("zoe"));
        HttpResponse<String> webhook = http.post(api + "/notifications/webhooks", shopper.token(), "{\"url\":\"" + receiver.url() + "\"}");
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(201);
        assertThat(http.put(api + "/notifications/preferences/EMAIL/ACCOUNT_SECURITY", shopper.token(), "{\"enabled\":true}").statusCode())
                .isEqualTo(200);
        Listing listing = unused.pop();
        setAlertAtThePriceNow(shopper, listing);
        assertThat(http.post(api + "/discoveries", shopper.token(), "{\"url\":\"https://shop.example/whey-" + UUID.randomUUID()
                + "\",\"note\":\"from zoe\"}").statusCode()).isEqualTo(201);
        assertThat(http.get(api + "/go/" + listing.id(), shopper.token()).statusCode()).isEqualTo(302);
        await().atMost(PATIENCE).until(() -> rowsNaming(shopper).values().stream().allMatch(count -> count > 0));

        HttpResponse<String> export = http.get(api + "/auth/me/export", shopper.token());
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonNode everything = json.readTree(export.body());
        assertThat(everything.path("account").path("account").path("email").asText()).isEqualTo(shopper.email());
        assertThat(everything.path("catalog").path("alerts")).hasSize(1);
        assertThat(everything.path("catalog").path("discoveries").get(0).path("note").asText()).isEqualTo("from zoe");
        assertThat(everything.path("catalog").path("clicks").get(0).path("listingId").asText()).isEqualTo(listing.id());
        assertThat(everything.path("notifications").path("preferences").get(0).path("kind").asText()).isEqualTo("ACCOUNT_SECURITY");
        assertThat(everything.path("notifications").path("webhooks").get(0).path("url").asText()).isEqualTo(receiver.url());
        assertThat(everything.path("notifications").path("deliveries")).as("the mail that proved the address").isNotEmpty();

        Suite.Running catalog = suite.running().stream().filter(running -> running.service().name().equals("catalog-service"))
                .findFirst().orElseThrow();
        suite.stop(catalog, false);
        try {
            assertThat(http.get(api + "/auth/me/export", shopper.token()).statusCode()).as("never an export that leaves a service out").isEqualTo(503);
            HttpResponse<String> erased = http.delete(api + "/auth/me", shopper.token());
            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);

            // the services that are up erase within the minute; catalog-service's part waits for it
            JsonNode meanwhile = await().atMost(PATIENCE).until(() -> erasureOf(shopper),
                    status -> stateOf(status, "auth-service").equals("ERASED") && stateOf(status, "notification-service").equals("ERASED"));
            assertThat(stateOf(meanwhile, "catalog-service")).isEqualTo("UNREACHABLE");
            assertThat(meanwhile.path("complete").asBoolean()).isFalse();
            assertThat(http.get(api + "/auth/me", shopper.token()).statusCode()).isEqualTo(401);
            // refused there by the time its part is erased, without waiting for its next revocation sync
            assertThat(http.get(api + "/notifications/preferences", shopper.token()).statusCode()).isEqualTo(401);
        } finally {
            // the other tests of this suite need it back, whatever happened here
            suite.start(catalog.service());
        }
        JsonNode done = await().atMost(PATIENCE).until(() -> erasureOf(shopper), status -> status.path("complete").asBoolean());
        assertThat(done.path("requested").asBoolean()).isTrue();
        assertThat(rowsNaming(shopper)).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(http.get(api + "/alerts", shopper.token()).statusCode()).as("the token is dead on catalog-service too").isEqualTo(401);
    }

    @Test
    void everyTableWithAColumnThatNamesAPersonIsInTheReadmesDataInventory() throws Exception {
        String readme = Files.readString(settings.root().resolve("README.md"));
        String fromInventory = readme.substring(readme.indexOf("### Erasure reaches every service"));
        String inventory = fromInventory.substring(0, fromInventory.indexOf("\n## "));
        List<String> tables = new ArrayList<>();
        try (Connection db = JdbcConnections.open(DatabaseUrl.parse(databaseUrl)); ResultSet rows = db.createStatement().executeQuery("""
                SELECT DISTINCT table_name FROM information_schema.columns
                 WHERE table_schema = current_schema()
                   AND column_name IN ('user_id', 'submitted_by', 'decided_by', 'subject', 'subject_id', 'actor_id', 'updated_by', 'changed_by')
                 ORDER BY table_name""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertThat(tables).as("every service's tables are here").contains("auth_session", "catalog_alert",
                "notification_delivery", "api_feature_flag_change");
        assertThat(tables).allSatisfy(table -> assertThat(inventory).as("README's data inventory names " + table).contains("`" + table + "`"));
    }

    /** The admin's view of the shopper's erasure across the platform. */
    private JsonNode erasureOf(Shopper shopper) throws Exception {
        HttpResponse<String> status = http.get(api + "/admin/erasures/" + shopper.id(), adminToken);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        return json.readTree(status.body());
    }

    private static String stateOf(JsonNode status, String service) {
        for (JsonNode part : status.path("services")) {
            if (part.path("service").asText().equals(service)) {
                return part.path("state").asText();
            }
        }
        throw new AssertionError(service + " is not in " + status);
    }

    /** Per table that holds personal data, the rows that name the shopper. */
    private Map<String, Long> rowsNaming(Shopper shopper) throws Exception {
        Map<String, String> tables = Map.of("catalog_alert", "user_id", "catalog_discovery", "submitted_by", "catalog_click", "user_id",
                "notification_delivery", "user_id", "notification_webhook", "user_id", "notification_preference", "user_id");
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<String, String> table : tables.entrySet()) {
            String sql = "SELECT COUNT(*) FROM " + table.getKey() + " WHERE " + table.getValue() + " = ?";
            counts.put(table.getKey(), firstColumn(shopper, sql).stream().mapToLong(Long::parseLong).sum());
        }
        return counts;
    }

    /** An alert on the listing's variant whose target is the price the shop shows now, so the next scrape of it reaches it. */
    private void setAlertAtThePriceNow(Shopper shopper, Listing listing) throws Exception {
        long shown = SampleSite.load(settings.root().resolve("deployments/sample-retailer"), Clock.systemUTC())
                .offer(URI.create(listing.url()).getPath()).orElseThrow().priceInr() * 100;
        HttpResponse<String> alert = http.post(api + "/alerts", shopper.token(), """
                {"variantId":"%s","targetPrice":{"amountMinor":%d,"currency":"INR"}}""".formatted(listing.variantId(), shown));
        assertThat(alert.statusCode()).as(alert.body()).isEqualTo(201);
    }

    /** The listing's held-back price in this status, as admins see it through the public API; null when there is none. */
    private JsonNode quarantined(Listing listing, String status) throws Exception {
        HttpResponse<String> page = http.get(api + "/admin/quarantine?limit=200&status=" + status, adminToken);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        for (JsonNode held : json.readTree(page.body()).path("items")) {
            if (held.path("listingId").asText().equals(listing.id())) {
                return held;
            }
        }
        return null;
    }

    /** The listing's current price, in minor units, from the services' database. */
    private long offerOf(Listing listing) throws Exception {
        try (Connection db = JdbcConnections.open(DatabaseUrl.parse(databaseUrl));
                PreparedStatement statement = db.prepareStatement("SELECT price_minor FROM catalog_listing WHERE id = ?")) {
            statement.setObject(1, UUID.fromString(listing.id()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** How many times the shopper's alerts have fired, as she sees them. */
    private int firedAlerts(Shopper shopper) throws Exception {
        int fired = 0;
        for (JsonNode alert : json.readTree(http.get(api + "/alerts", shopper.token()).body())) {
            fired += alert.path("fired").size();
        }
        return fired;
    }

    private void scrapeNow(Listing listing) throws Exception {
        HttpResponse<String> queued = http.post(api + "/admin/scrapes", adminToken, "{\"listingId\":\"" + listing.id() + "\"}");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
    }

    /** The messages in the inbox for this address whose subject starts so, newest first. */
    private List<JsonNode> mailsTo(String email, String subject) throws Exception {
        HttpResponse<String> messages = http.send(HttpRequest.newBuilder(URI.create(inbox + "/api/messages")).GET());
        List<JsonNode> to = new ArrayList<>();
        json.readTree(messages.body()).forEach(message -> {
            if (message.path("to").asText().contains(email) && message.path("subject").asText().startsWith(subject)) {
                to.add(message);
            }
        });
        return to;
    }

    private List<JsonNode> alertMailsTo(Shopper shopper) throws Exception {
        return mailsTo(shopper.email(), ALERT);
    }

    /** The link to this path of the public API in the newest message to the address with this subject, once it arrived. */
    private String linkIn(String email, String subject, String path) throws Exception {
        JsonNode mail = await().atMost(PATIENCE).until(() -> mailsTo(email, subject), mails -> !mails.isEmpty()).get(0);
        Matcher link = Pattern.compile(Pattern.quote(publicApi + path) + "\\?token=[A-Za-z0-9_-]+").matcher(mail.path("text").asText());
        assertThat(link.find()).as(mail.path("text").asText()).isTrue();
        return link.group();
    }

    /** Follows a link from a mail as a person does: opens its page, then presses its button (with the form's fields). */
    private HttpResponse<String> follow(String link, String form) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link)).GET());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\">");
        return http.send(HttpRequest.newBuilder(URI.create(link)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private long clicksFromAlertsToday() throws Exception {
        JsonNode days = json.readTree(http.get(api + "/admin/clicks?days=1", adminToken).body());
        long clicks = 0;
        for (JsonNode day : days) {
            clicks += day.path("fromAlerts").asLong();
        }
        return clicks;
    }

    private long failedAttempts(Shopper shopper, String channel) throws Exception {
        return firstColumn(shopper, "SELECT COUNT(*) FROM notification_delivery WHERE user_id = ? AND kind = 'PRICE_ALERT' AND last_error IS NOT NULL"
                + " AND channel = '" + channel + "'").stream().mapToLong(Long::parseLong).sum();
    }

    /** An admin makes the shopper PREMIUM; the shopper signs in again, so their token carries the tier. */
    private Shopper premium(Shopper shopper) throws Exception {
        HttpRequest.Builder tier = HttpRequest.newBuilder(URI.create(api + "/admin/users/" + shopper.id() + "/tier"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"tier\":\"PREMIUM\"}"));
        HttpResponse<String> changed = http.send(tier);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode session = login(shopper.email(), PASSWORD);
        return new Shopper(shopper.id(), shopper.email(), session.path("access_token").asText(), session.path("refresh_token").asText());
    }

    /** The shopper's price-alert deliveries' statuses (their account's messages are deliveries too). */
    private List<String> deliveryStatuses(Shopper shopper) throws Exception {
        return firstColumn(shopper, "SELECT status FROM notification_delivery WHERE user_id = ? AND kind = 'PRICE_ALERT'");
    }

    /** The statement's first column, the shopper's id bound to its one parameter, read from the services' database. */
    private List<String> firstColumn(Shopper shopper, String sql) throws Exception {
        try (Connection db = JdbcConnections.open(DatabaseUrl.parse(databaseUrl)); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(shopper.id()));
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private List<Listing> demoListings() throws Exception {
        try (Connection db = JdbcConnections.open(DatabaseUrl.parse(databaseUrl)); ResultSet rows = db.createStatement().executeQuery("""
                SELECT l.id, l.variant_id, l.url FROM catalog_listing l JOIN catalog_retailer r ON r.id = l.retailer_id
                 WHERE l.active AND r.active AND l.currency = 'INR'
                 ORDER BY l.id""")) {
            List<Listing> listings = new ArrayList<>();
            Set<String> variants = new HashSet<>();
            while (rows.next()) {
                // one listing per variant: each test's alerts are about variants of their own
                if (variants.add(rows.getString(2))) {
                    listings.add(new Listing(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            assertThat(listings).as("demo variants at the sample shops").hasSizeGreaterThanOrEqualTo(4);
            return listings;
        }
    }

    /** Registers, proves the address from the link in the mail that registration sends, and signs in. */
    private Shopper signUp(String name) throws Exception {
        String email = name + "-" + UUID.randomUUID() + "@whey.test";
        HttpResponse<String> registered = http.post(api + "/auth/register", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + name + "\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        HttpResponse<String> verified = follow(linkIn(email, "Verify your e-mail address", "/auth/pages/verify-email"), "");
        assertThat(verified.body()).contains("Your address is verified");
        JsonNode session = login(email, PASSWORD);
        String token = session.path("access_token").asText();
        JsonNode account = json.readTree(http.get(api + "/auth/me", token).body());
        assertThat(account.path("emailVerified").asBoolean()).isTrue();
        return new Shopper(account.path("id").asText(), email, token, session.path("refresh_token").asText());
    }

    private String signIn(String email, String password) throws Exception {
        return login(email, password).path("access_token").asText();
    }

    private JsonNode login(String email, String password) throws Exception {
        HttpResponse<String> login = http.post(api + "/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return json.readTree(login.body());
    }

}
