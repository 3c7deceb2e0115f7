package com.wheyprice.common.flags;

/** The names of the flags the services read (api-service creates them with their defaults and descriptions). */
public final class Flags {

    /** Emergency switch: when off, catalog-service refuses new product discovery submissions. */
    public static final String DISCOVERY_SUBMISSIONS = "discovery-submissions";
    /** Performance toggle: scraper-service sends fetches through its proxy list (overrides {@code ENABLE_PROXY_ROTATION}). */
    public static final String SCRAPER_PROXY_ROTATION = "scraper-proxy-rotation";
    /** Gradual rollout: best-value rankings count lab-tested protein where a brand has a lab test. */
    public static final String BEST_VALUE_LAB_TESTED = "best-value-lab-tested";

    private Flags() {
    }
}
