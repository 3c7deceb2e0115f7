package com.wheyprice.devrun;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The running suite: Redis (found or embedded), the sample retailer site, the development mail
 * server, and the service processes on one database. Starting waits until every service reports ready; closing stops
 * every process it started, children included, the sample retailer, the mail server and the
 * embedded Redis.
 */
final class Suite implements AutoCloseable {

    /** The first line of an ERROR or FATAL log record, in the text or JSON format. */
    private static final Pattern ERROR_RECORD = Pattern.compile("^\\S+ (ERROR|FATAL) |\"level\":\"(ERROR|FATAL)\"");
    private static final Duration POLL = Duration.ofMillis(250);
    /** How often the wait for a slow service is reported. */
    private static final Duration PROGRESS = Duration.ofSeconds(5);
    private static final Duration GRACE = Duration.ofSeconds(15);

    private final Settings settings;
    private final PrintStream out;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<Running> running = new ArrayList<>();
    private final ServiceCredentials credentials = new ServiceCredentials();
    private RedisSupply redis;
    private SampleRetailer sampleRetailer;
    private DevMail mail;
    private volatile boolean closing;
    private final String devService;

    /** A launched service process, its log, and when it was launched (for the progress shown while it starts). */
    record Running(Settings.Service service, Process process, Path log, Instant launched) {
    }

    Suite(Settings settings, PrintStream out, Clock clock) {
        this(settings, out, clock, null);
    }

    /**
     * A suite in which the service named {@code devService} (when not null) runs in Quarkus dev
     * mode from its sources, live reload and Dev UI included, and the others from their jars.
     */
    Suite(Settings settings, PrintStream out, Clock clock, String devService) {
        this.settings = settings;
        this.out = out;
        this.clock = clock;
        this.devService = devService;
    }

    List<Running> running() {
        return List.copyOf(running);
    }

    /** Starts everything and returns once all services are ready; fails, having stopped what it started, otherwise. */
    void start() throws IOException, InterruptedException {
        if (devService != null && settings.services().stream().noneMatch(service -> service.name().equals(devService))) {
            throw new IllegalStateException("no service " + devService + "; one of "
                    + settings.services().stream().map(Settings.Service::name).toList());
        }
        for (Settings.Service service : settings.services()) {
            if (!Files.isRegularFile(service.jar(settings.root()))) {
                throw new IllegalStateException(service.jar(settings.root()) + " is missing: build first (./mvnw install -DskipTests)");
            }
        }
        Path logs = Files.createDirectories(settings.dataDir().resolve("logs"));
        redis = RedisSupply.obtain(settings);
        out.println("redis    " + redis.url() + (redis.embedded() ? " (embedded, data in " + settings.dataDir().resolve("redis") + ")" : ""));
        out.println("database " + settings.databaseUrl().replaceFirst("://([^:/@]+):[^@/]*@", "://$1:***@"));
        if (settings.sampleRetailerPort() > 0) {
            sampleRetailer = new SampleRetailer(settings.root().resolve("deployments/sample-retailer"), clock)
                    .serve(settings.sampleRetailerPort());
            out.println("sample retailer " + sampleRetailerUrl());
        }
        if (settings.smtpPort() > 0) {
            mail = new DevMail(settings.smtpPort(), settings.mailInboxPort());
            out.println("mail     smtp://localhost:" + settings.smtpPort() + ", inbox " + mail.inboxUrl());
        }
        for (Settings.Service service : settings.services()) {
            running.add(launch(service));
        }
        Instant deadline = clock.instant().plus(settings.readyTimeout());
        for (Running service : running) {
            awaitReady(service, deadline);
        }
        printDevAccounts();
    }

    /** Where auth-service keeps the development accounts it made for this data directory. */
    Path devAccountsFile() {
        return settings.dataDir().resolve("dev-accounts.properties").toAbsolutePath();
    }

    /** The development accounts auth-service made (at the first start), shown again at every start. */
    private void printDevAccounts() throws IOException {
        Path file = devAccountsFile();
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties accounts = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            accounts.load(reader);
        }
        out.printf("accounts super admin %s / %s, shopper %s / %s (kept in %s)%n", accounts.getProperty("super-admin.email"),
                accounts.getProperty("super-admin.password"), accounts.getProperty("shopper.email"), accounts.getProperty("shopper.password"),
                file.startsWith(settings.root()) ? settings.root().relativize(file) : file);
    }

    /** Starts one more instance of a service (or one that was stopped) and waits until it is ready. */
    Running start(Settings.Service service) throws IOException, InterruptedException {
        Running started = launch(service);
        running.add(started);
        awaitReady(started, clock.instant().plus(settings.readyTimeout()));
        return started;
    }

    /** Stops one service: gracefully, or killed outright as a crash would. */
    void stop(Running service, boolean kill) throws InterruptedException {
        running.remove(service);
        if (kill) {
            service.process().destroyForcibly();
        } else {
            service.process().destroy();
        }
        awaitEnd(service.process());
    }

    /** Waits for a process told to stop; one still running after the grace period is killed. */
    private static void awaitEnd(Process process) throws InterruptedException {
        if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The development mail inbox (page and {@code /api/messages}), or {@code null} when no mail server runs. */
    String mailInboxUrl() {
        return mail == null ? null : mail.inboxUrl();
    }

    String sampleRetailerUrl() {
        return "http://localhost:" + settings.sampleRetailerPort();
    }

    /** The client secret the suite gave a calling service for this run. */
    String clientSecret(String service) {
        return credentials.secretOf(service);
    }

    /**
     * How a service is run: from its packaged jar with the launcher's JVM, or, for the dev
     * service, through the Maven wrapper in Quarkus dev mode (its other modules come from the
     * local repository the build installed them in).
     */
    List<String> command(Settings.Service service) {
        if (service.name().equals(devService)) {
            return List.of(settings.root().resolve("mvnw").toString(), "-B", "quarkus:dev", "-pl", service.name());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-XX:+UseSerialGC", "-Xms16m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-jar",
                service.jar(settings.root()).toString());
    }

    private Running launch(Settings.Service service) throws IOException {
        Path log = settings.dataDir().resolve("logs").resolve(service.label() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command(service))
                .directory(settings.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("DATABASE_URL", settings.databaseUrl());
        env.put("REDIS_URL", redis.url());
        env.put("HTTP_PORT", Integer.toString(service.port()));
        env.put("MANAGEMENT_PORT", Integer.toString(service.managementPort()));
        env.put("WHEY_ENVIRONMENT", "development");
        String auth = "http://localhost:" + settings.port("auth-service");
        env.putIfAbsent("AUTH_URL", auth);
        env.putIfAbsent("AUTH_ISSUER", auth);
        env.putIfAbsent("CATALOG_DEMO_DATA", "true");
        env.putIfAbsent("CATALOG_URL", "http://localhost:" + settings.port("catalog-service"));
        settings.services().stream().filter(other -> other.name().equals("scraper-service")).findFirst()
                .ifPresent(scraper -> env.putIfAbsent("SCRAPER_URL", "http://localhost:" + scraper.port()));
        env.putIfAbsent("SCRAPER_MODE", "development");
        settings.services().stream().filter(other -> other.name().equals("notification-service")).findFirst()
                .ifPresent(notifier -> env.putIfAbsent("NOTIFICATION_URL", "http://localhost:" + notifier.port()));
        settings.services().stream().filter(other -> other.name().equals("api-service")).findFirst()
                .ifPresent(api -> env.putIfAbsent("PUBLIC_URL", "http://localhost:" + api.port()));
        if (mail != null) {
            // the development mail server speaks plain SMTP on this machine; production requires TLS
            env.putIfAbsent("SMTP_HOST", "127.0.0.1");
            env.putIfAbsent("SMTP_PORT", Integer.toString(mail.smtpPort()));
            env.putIfAbsent("SMTP_START_TLS", "DISABLED");
        }
        settings.services().stream().filter(other -> other.name().equals("api-service")).findFirst().ifPresent(
                api -> env.putIfAbsent("AUTH_SOCIAL_CALLBACK_URL", "http://localhost:" + api.port() + "/api/v1/auth/social"));
        if (service.name().equals("auth-service") || service.name().equals("catalog-service")) {
            // api-service calls them from the loopback address and tells who its client is; any other caller is taken at its address
            env.putIfAbsent("HTTP_TRUSTED_PROXIES", "127.0.0.1,::1");
        }
        if (sampleRetailer != null) {
            env.put("SAMPLE_RETAILER_URL", sampleRetailerUrl());
        }
        env.putAll(settings.environment());
        if (service.name().equals("auth-service")) {
            env.put("AUTH_CLIENTS", credentials.authClients());
            env.put("AUTH_DEV_ACCOUNTS_FILE", devAccountsFile().toString());
        }
        String secret = credentials.secretOf(service.name());
        if (secret != null) {
            env.put("AUTH_CLIENT_ID", service.name());
            env.put("AUTH_CLIENT_SECRET", secret);
        }
        return new Running(service, builder.start(), log, clock.instant());
    }

    private void awaitReady(Running service, Instant deadline) throws IOException, InterruptedException {
        URI ready = URI.create("http://127.0.0.1:" + service.service().managementPort() + "/q/health/ready");
        Instant report = clock.instant().plus(PROGRESS);
        while (clock.instant().isBefore(deadline)) {
            if (!clock.instant().isBefore(report)) {
                out.printf("waiting for %s (%d s so far)%n", service.service().name(), waited(service).toSeconds());
                report = report.plus(PROGRESS);
            }
            if (!service.process().isAlive()) {
                throw new IllegalStateException(service.service().name() + " exited with code " + service.process().exitValue()
                        + "; last lines of " + service.log() + ":\n" + tail(service.log()));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    out.printf(Locale.ROOT, "%-20s ready after %.1f s%n", service.service().name(), waited(service).toMillis() / 1000.0);
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException(service.service().name() + " was not ready within " + settings.readyTimeout()
                + "; see " + service.log());
    }

    private Duration waited(Running service) {
        return Duration.between(service.launched(), clock.instant());
    }

    /** Waits until a service process ends and returns it. */
    Running awaitAnyExit() throws InterruptedException {
        while (true) {
            for (Running service : running) {
                if (service.process().waitFor(200, TimeUnit.MILLISECONDS)) {
                    return service;
                }
            }
        }
    }

    /** The end of a service's log: from its last error record when there is one (the cause, not only the stack), else the last lines. */
    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        int from = Math.max(0, lines.size() - 20);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (ERROR_RECORD.matcher(lines.get(i)).find()) {
                from = Math.min(i, from);
                break;
            }
        }
        return String.join("\n", lines.subList(from, Math.min(lines.size(), from + 60)));
    }

    /** Whether the suite is being stopped on purpose, so that processes ending is expected. */
    boolean closing() {
        return closing;
    }

    @Override
    public void close() {
        closing = true;
        for (Running service : running) {
            service.process().descendants().forEach(ProcessHandle::destroy);
            service.process().destroy();
        }
        for (Running service : running) {
            try {
                awaitEnd(service.process());
            } catch (InterruptedException e) {
                service.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
        if (sampleRetailer != null) {
            sampleRetailer.close();
            sampleRetailer = null;
        }
        if (mail != null) {
            mail.close();
            mail = null;
        }
        if (redis != null) {
            redis.close();
            redis = null;
        }
    }
}
