package com.wheyprice.devrun;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the launcher starts and where: the repository root (where the service jars are built),
 * the data directory, the database, the Redis to use or to embed, and each service's port.
 *
 * @param redisUrl       {@code REDIS_URL} when given: used as it is, and an error when unreachable
 * @param embeddedPort   the port for the embedded Redis when no {@code REDIS_URL} is given and none answers on it
 * @param sampleRetailerPort where the sample retailer site is served, or 0 to serve none
 * @param smtpPort       where the development mail server takes mail ({@link DevMail}), or 0 to run none
 * @param mailInboxPort  where its inbox (page and JSON) is served
 * @param environment    variables every service gets on top of the launcher's defaults
 */
record Settings(Path root, Path dataDir, String databaseUrl, String redisUrl, int embeddedPort,
        List<Service> services, int sampleRetailerPort, int smtpPort, int mailInboxPort, Map<String, String> environment, Duration readyTimeout) {

    /**
     * One service process: its module directory, HTTP port, the label its log is named after
     * (the module name, unless several instances of one service run), and the port of its
     * management interface (health, metrics, OpenAPI), by default {@link #MANAGEMENT_OFFSET}
     * above the HTTP port, so 8080 → 9000 as in every other deployment.
     */
    record Service(String name, int port, String label, int managementPort) {
        Service(String name, int port) {
            this(name, port, name);
        }

        Service(String name, int port, String label) {
            this(name, port, label, port + MANAGEMENT_OFFSET);
        }

        Path jar(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    static final int DEFAULT_REDIS_PORT = 6379;
    /** The sample retailer site sits on the port after auth, catalog and scraper; notification-service on the one after it. */
    static final int SAMPLE_RETAILER_OFFSET = 4;
    static final int NOTIFICATION_OFFSET = 5;
    /** The development mail server's SMTP port (1025 for api-service on 8080) and its inbox (8025), below the base port. */
    static final int SMTP_OFFSET = -7055;
    static final int MAIL_INBOX_OFFSET = -55;
    /** A service's management port is this far above its HTTP port (api-service 8080 → 9000). */
    static final int MANAGEMENT_OFFSET = 920;
    /** api-service's port unless {@code WHEY_BASE_PORT} says otherwise; the services' own defaults start there too. */
    static final int DEFAULT_BASE_PORT = 8080;

    /** The port the named service runs on. */
    int port(String service) {
        return services.stream().filter(candidate -> candidate.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + service)).port();
    }

    /** The defaults of the README's run command, overridable through the documented variables. */
    static Settings fromEnvironment(Path root, Map<String, String> env) {
        Path data = root.resolve(env.getOrDefault("WHEY_DATA_DIR", "data"));
        int base = Integer.parseInt(env.getOrDefault("WHEY_BASE_PORT", Integer.toString(DEFAULT_BASE_PORT)));
        return new Settings(root, data,
                env.getOrDefault("DATABASE_URL", "jdbc:sqlite:" + data.resolve("whey.db")),
                env.get("REDIS_URL"), DEFAULT_REDIS_PORT,
                services(base), base + SAMPLE_RETAILER_OFFSET, base + SMTP_OFFSET, base + MAIL_INBOX_OFFSET, Map.of(), Duration.ofSeconds(Long.parseLong(env.getOrDefault("WHEY_READY_TIMEOUT_SECONDS", "120"))));
    }

    /** api-service on the base port, then auth, catalog and scraper on the next ones, and notification-service after the sample retailer. */
    static List<Service> services(int basePort) {
        return List.of(new Service("api-service", basePort), new Service("auth-service", basePort + 1),
                new Service("catalog-service", basePort + 2), new Service("scraper-service", basePort + 3),
                new Service("notification-service", basePort + NOTIFICATION_OFFSET));
    }
}
