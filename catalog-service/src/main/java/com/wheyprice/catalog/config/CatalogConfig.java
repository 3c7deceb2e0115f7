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

    /** How scraped prices far outside a listing's recent history are held back ({@code CATALOG_QUARANTINE_*}). */
    Quarantine quarantine();

    /** How a listing's real discount and an inflated list price are judged ({@code CATALOG_DISCOUNT_*}). */
    Discount discount();

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

    /** The measures of a real discount. */
    interface Discount {

        /**
         * {@code CATALOG_DISCOUNT_WINDOW}: the days before an offer's day whose closing prices give
         * the listing's typical price, which its real discount is measured against.
         */
        @WithDefault("90d")
        Duration window();

        /** {@code CATALOG_DISCOUNT_LIST_RAISE_WINDOW}: a list price raised within this long before a sale makes its discount suspect. */
        @WithDefault("30d")
        Duration listRaiseWindow();

        /**
         * {@code CATALOG_DISCOUNT_LIST_RAISE_TOLERANCE_PERCENT}: a sale price no more than this share
         * below the list price from before the raise is that old price back, so the list price is flagged as inflated.
         */
        @WithDefault("5")
        int listRaiseTolerancePercent();
    }

    /** The outlier rules of the price quarantine. */
    interface Quarantine {

        /** {@code CATALOG_QUARANTINE_WINDOW}: how far back the median a new price is judged against reaches. */
        @WithDefault("30d")
        Duration window();

        /** {@code CATALOG_QUARANTINE_BELOW_PERCENT}: a price below this share of the median is held back. */
        @WithDefault("30")
        int belowPercent();

        /** {@code CATALOG_QUARANTINE_ABOVE_PERCENT}: a price above this share of the median is held back. */
        @WithDefault("300")
        int abovePercent();

        /**
         * {@code CATALOG_QUARANTINE_SCALE_SLIPS}: factors of the median that are typical slips of scale (a lost decimal
         * point, a price per 100 g read as the pack's), held back even inside the shares above.
         */
        @WithDefault("10,100,0.01")
        List<Double> scaleSlips();

        /** {@code CATALOG_QUARANTINE_SLIP_TOLERANCE_PERCENT}: how close to a slip factor a price must be to count as that slip. */
        @WithDefault("15")
        int slipTolerancePercent();

        /** {@code CATALOG_QUARANTINE_CONSISTENT_PERCENT}: how close a later scrape must be to a held-back price to confirm it. */
        @WithDefault("10")
        int consistentPercent();

        /** {@code CATALOG_QUARANTINE_RECHECK}: when a listing with a held-back price is scraped again to confirm or clear it. */
        @WithDefault("15m")
        Duration recheck();
    }
}
