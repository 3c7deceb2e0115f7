package com.wheyprice.catalog.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** catalog-service settings, each from an environment variable. */
@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    /** {@code CATALOG_DEFAULT_CURRENCY}: the currency prices are compared in when a client names none. */
    @WithDefault("INR")
    String defaultCurrency();

    /**
     * {@code CATALOG_PRICE_DROP_PERCENT}: a new price this much below both the last one and the
     * listing's median over {@code CATALOG_PRICE_DROP_WINDOW} raises a price-drop event.
     */
    @WithDefault("5")
    int priceDropPercent();

    /** {@code CATALOG_PRICE_DROP_WINDOW}: how far back the median a price drop is measured against reaches. */
    @WithDefault("7d")
    Duration priceDropWindow();

    /** {@code CATALOG_SCRAPE_LEASE}: how long a listing handed to the scraper stays claimed before it is due again. */
    @WithDefault("1h")
    Duration scrapeLease();

    /** {@code CATALOG_SCRAPE_JITTER}: up to this much is added to each next scrape time, so retailers are not hit on the hour. */
    @WithDefault("30m")
    Duration scrapeJitter();

    /** {@code CATALOG_FAILED_SCRAPE_RETRY}: when a failed scrape is tried again. */
    @WithDefault("1h")
    Duration failedScrapeRetry();

    /** {@code DEFAULT_SCRAPE_INTERVAL_HOURS}: how often a listing is scraped unless its retailer says otherwise. */
    @WithName("default-scrape-interval-hours")
    @WithDefault("24")
    int defaultScrapeIntervalHours();

    /**
     * {@code CATALOG_PERSONAL_DATA_READERS}: the service clients that may read what the catalog
     * holds about a person (for their data export), comma-separated; every other client is refused.
     */
    @WithDefault("api-service")
    List<String> personalDataReaders();

    /** {@code CATALOG_ALERT_LIMIT_USER}: how many price alerts a USER may have. */
    @WithDefault("5")
    int alertLimitUser();

    /** {@code CATALOG_ALERT_LIMIT_PREMIUM}: how many price alerts a PREMIUM user (or admin) may have. */
    @WithDefault("100")
    int alertLimitPremium();

    /** {@code CATALOG_DEMO_DATA}: load the demo catalog on an empty database (development only). */
    @WithDefault("false")
    boolean demoData();

    /** {@code SAMPLE_RETAILER_URL}: base URL of the bundled sample shops the demo retailers point at. */
    @WithName("sample-retailer-url")
    @WithDefault("http://localhost:8084")
    String sampleRetailerUrl();
}
