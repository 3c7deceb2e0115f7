package com.wheyprice.notify.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Everything an operator can tune in notification-service. Each setting comes from the
 * environment variable named in its comment (SmallRye maps {@code NOTIFY_X_Y} to
 * {@code notify.x-y}); the README's configuration table lists them all. SMTP itself is
 * configured by the mailer's variables ({@code QUARKUS_MAILER_HOST}, … in the README).
 */
@ConfigMapping(prefix = "notify")
public interface NotifyConfig {

    /** {@code PUBLIC_URL}: where people reach the platform's API; links in messages start with it. */
    @WithName("public-url")
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** {@code AUTH_URL}: where auth-service's internal API is (a person's current address). */
    @WithName("auth-url")
    @WithDefault("http://localhost:8081")
    String authUrl();

    /** {@code MAIL_REPLY_TO}: where replies to the platform's e-mails go (none: replies go to the sender, {@code MAIL_FROM}). */
    @WithName("reply-to")
    Optional<String> replyTo();

    /** {@code NOTIFY_UNSUBSCRIBE_KEY}: base64 of at least 32 bytes, the HMAC key of unsubscribe links; required in production. */
    Optional<String> unsubscribeKey();

    /** {@code NOTIFY_CONSUMER}: this instance's name in the event consumer group (default: the host name). */
    Optional<String> consumer();

    /**
     * {@code NOTIFY_PERSONAL_DATA_READERS}: the service clients that may read what this service
     * holds about a person (for their data export), comma-separated; every other client is refused.
     */
    @WithDefault("api-service")
    List<String> personalDataReaders();

    /** {@code NOTIFY_ALERT_MAX_AGE}: a fired alert older than this when read is not sent any more (its price is stale). */
    @WithDefault("24h")
    Duration alertMaxAge();

    DeliveryJob delivery();

    Webhook webhook();

    /** Webhooks: how they are signed, sent and given up on. */
    interface Webhook {

        /** {@code NOTIFY_WEBHOOK_KEY}: base64 of at least 32 bytes, from which each webhook's signing secret is derived; required in production. */
        Optional<String> key();

        /** {@code NOTIFY_WEBHOOK_MAX_FAILURES}: failed attempts in a row after which a webhook is turned off and its owner told. */
        @WithDefault("15")
        int maxFailures();

        /** {@code NOTIFY_WEBHOOK_TIMEOUT}: how long one POST may take, connecting included. */
        @WithDefault("10s")
        Duration timeout();

        /** {@code NOTIFY_WEBHOOK_PER_PERSON}: how many webhooks one person may have. */
        @WithDefault("5")
        int perPerson();

        /**
         * {@code NOTIFY_WEBHOOK_LOCAL_ORIGIN}: development only, one origin ({@code https://localhost:9443})
         * that may be a webhook although it is not a public host (a local test receiver).
         */
        Optional<String> localOrigin();

        /** {@code NOTIFY_WEBHOOK_TRUST_PEM}: development only, a PEM certificate file trusted instead of the JDK's CAs (a local receiver's). */
        Optional<String> trustPem();
    }

    /** How deliveries are attempted. */
    interface DeliveryJob {

        /** {@code NOTIFY_DELIVERY_MAX_ATTEMPTS}: attempts before a delivery is dead-lettered. */
        @WithDefault("6")
        int maxAttempts();

        /** {@code NOTIFY_DELIVERY_FIRST_RETRY}: the wait after the first failure; each further one doubles it. */
        @WithDefault("30s")
        Duration firstRetry();

        /** {@code NOTIFY_DELIVERY_MAX_RETRY}: the longest wait between attempts. */
        @WithDefault("1h")
        Duration maxRetry();

        /** {@code NOTIFY_DELIVERY_LEASE}: how long a claimed delivery is left to its sender before another instance may try it. */
        @WithDefault("2m")
        Duration lease();

        /** {@code NOTIFY_DELIVERY_TICK}: how often an instance looks for due deliveries. */
        @WithDefault("1s")
        Duration tick();

        /** {@code NOTIFY_DELIVERY_BATCH}: deliveries one instance claims per tick. */
        @WithDefault("20")
        int batch();
    }
}
