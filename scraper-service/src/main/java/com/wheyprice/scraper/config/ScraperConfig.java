package com.wheyprice.scraper.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Everything an operator can tune in scraper-service. Each setting comes from the environment
 * variable named in its comment (SmallRye maps {@code SCRAPER_X_Y} to {@code scraper.x-y}); the
 * README's configuration table lists them all.
 */
@ConfigMapping(prefix = "scraper")
public interface ScraperConfig {

    /** {@code SCRAPER_MODE}: {@code development} scrapes the bundled sample retailer (on a local address); {@code production} real shops only. */
    @WithDefault("production")
    Mode mode();

    /** {@code CATALOG_URL}: where catalog-service's internal API is. */
    @WithName("catalog-url")
    @WithDefault("http://localhost:8082")
    String catalogUrl();

    /** {@code SAMPLE_RETAILER_URL}: the sample retailer site, the one local origin development mode may fetch. */
    @WithName("sample-retailer-url")
    @WithDefault("http://localhost:8084")
    String sampleRetailerUrl();

    /** {@code SCRAPER_WORKERS}: how many jobs one instance works on at once. */
    @WithDefault("4")
    int workers();

    Queue queue();

    Schedule schedule();

    Fetch fetch();

    Proxy proxy();

    enum Mode {
        DEVELOPMENT, PRODUCTION
    }

    /** The Redis Streams job queue. */
    interface Queue {
        /** {@code SCRAPER_QUEUE_VISIBILITY_TIMEOUT}: a job claimed this long ago and not acknowledged is taken over by another worker. */
        @WithDefault("2m")
        Duration visibilityTimeout();

        /** {@code SCRAPER_QUEUE_MAX_ATTEMPTS}: attempts before a job goes to the dead-letter stream. */
        @WithDefault("4")
        int maxAttempts();

        /** {@code SCRAPER_QUEUE_BACKOFF_BASE}: the first retry waits about this long, each later one twice as long (with jitter). */
        @WithDefault("30s")
        Duration backoffBase();

        /** {@code SCRAPER_QUEUE_BACKOFF_MAX}: no retry waits longer than this. */
        @WithDefault("30m")
        Duration backoffMax();

        /** {@code SCRAPER_QUEUE_BLOCK}: how long a worker waits on an empty queue before it looks again. */
        @WithDefault("2s")
        Duration block();

        /** {@code SCRAPER_QUEUE_DEAD_LETTER_MAX_LENGTH}: the dead-letter stream keeps about this many entries (the table keeps all). */
        @WithDefault("10000")
        long deadLetterMaxLength();

        /** {@code SCRAPER_QUEUE_BATCH_SIZE}: results handed to catalog in one call, at most. */
        @WithDefault("20")
        int batchSize();

        /** {@code SCRAPER_QUEUE_BATCH_WAIT}: a result waits at most this long for others to share its call to catalog. */
        @WithDefault("300ms")
        Duration batchWait();

        /**
         * {@code SCRAPER_QUEUE_HAND_IN_PATIENCE}: how long a worker keeps offering a result catalog
         * did not take (with backoff, the job kept claimed) before leaving the job to be taken over
         * and fetched again.
         */
        @WithDefault("1m")
        Duration handInPatience();
    }

    /** Asking catalog for due listings. */
    interface Schedule {
        /** {@code SCRAPER_SCHEDULE_ENABLED}: whether this instance takes part in the leader election and enqueues due listings. */
        @WithDefault("true")
        boolean enabled();

        /** {@code SCRAPER_SCHEDULE_EVERY}: how often the leader asks catalog for due listings. */
        @WithDefault("30s")
        String every();

        /** {@code SCRAPER_SCHEDULE_LEASE}: the leader's lease; another instance takes over this long after the leader stops renewing. */
        @WithDefault("90s")
        Duration lease();

        /** {@code SCRAPER_SCHEDULE_BATCH}: listings claimed from catalog per round, at most. */
        @WithDefault("200")
        int batch();

        /** {@code SCRAPER_SCHEDULE_MAX_QUEUE_DEPTH}: the leader claims nothing while this many jobs wait already. */
        @WithDefault("5000")
        long maxQueueDepth();
    }

    /** Fetching pages politely. */
    interface Fetch {
        /** {@code SCRAPER_FETCH_USER_AGENT}: who we say we are, with a page that explains the crawler. */
        @WithDefault("WheyPriceBot/0.1 (+https://wheyprice.example/bot)")
        String userAgent();

        /** {@code SCRAPER_FETCH_CONNECT_TIMEOUT} */
        @WithDefault("5s")
        Duration connectTimeout();

        /** {@code SCRAPER_FETCH_READ_TIMEOUT}: the longest silence while reading a response. */
        @WithDefault("15s")
        Duration readTimeout();

        /** {@code SCRAPER_FETCH_MAX_BYTES}: a page larger than this is refused. */
        @WithDefault("3000000")
        int maxBytes();

        /** {@code SCRAPER_FETCH_MAX_REDIRECTS} */
        @WithDefault("5")
        int maxRedirects();

        /** {@code SCRAPER_FETCH_DEFAULT_REQUESTS_PER_MINUTE}: the per-domain limit for retailers that set none. */
        @WithDefault("30")
        int defaultRequestsPerMinute();

        /** {@code SCRAPER_FETCH_DOMAIN_CONCURRENCY}: requests to one domain in flight at once, across all instances. */
        @WithDefault("2")
        int domainConcurrency();

        /** {@code SCRAPER_FETCH_ROBOTS_TTL}: how long a domain's robots.txt is trusted before it is fetched again. */
        @WithDefault("6h")
        Duration robotsTtl();

        /** {@code SCRAPER_FETCH_MAX_PAUSE}: a Retry-After longer than this is cut to it. */
        @WithDefault("1h")
        Duration maxPause();

        /** {@code SCRAPER_FETCH_MAX_WAIT}: a job that would wait longer than this for its domain's turn is put back for later. */
        @WithDefault("20s")
        Duration maxWait();
    }

    /** Optional proxy rotation. */
    interface Proxy {
        /** {@code ENABLE_PROXY_ROTATION}: send fetches through the proxies below, in turn. */
        @WithName("enabled")
        @WithDefault("false")
        boolean enabled();

        /** {@code SCRAPER_PROXIES}: comma-separated {@code http://[user:pass@]host:port} proxies. */
        @WithName("list")
        Optional<List<String>> list();

        /** {@code SCRAPER_PROXY_MAX_FAILURES}: consecutive failures that take a proxy out of rotation. */
        @WithDefault("3")
        int maxFailures();

        /** {@code SCRAPER_PROXY_COOLDOWN}: how long a failing proxy stays out. */
        @WithDefault("10m")
        Duration cooldown();
    }
}
