package com.wheyprice.scraper.catalog;

import java.util.HashMap;
import java.util.Map;

import com.wheyprice.common.testing.FreePorts;
import com.wheyprice.scraper.ScraperTestResource;

/** scraper-service as in its other tests, but with catalog-service played by Pact's mock server on {@link #PORT}. */
public class CatalogPactResource extends ScraperTestResource {

    static final int PORT = FreePorts.any();

    @Override
    protected Map<String, String> extraConfig() {
        Map<String, String> config = new HashMap<>(super.extraConfig());
        config.put("scraper.catalog-url", "http://127.0.0.1:" + PORT);
        return config;
    }
}
