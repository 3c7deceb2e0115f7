package com.wheyprice.api.downstream;

import java.util.HashMap;
import java.util.Map;

import com.wheyprice.api.ApiTestResource;
import com.wheyprice.common.testing.FreePorts;

/** api-service as in its other tests, but with catalog-, auth- and scraper-service each played by a Pact mock server. */
public class DownstreamPactResource extends ApiTestResource {

    static final int CATALOG = FreePorts.any();
    static final int AUTH = FreePorts.any();
    static final int SCRAPER = FreePorts.any();

    @Override
    protected Map<String, String> extraConfig() {
        Map<String, String> config = new HashMap<>(super.extraConfig());
        config.put("api.catalog-url", "http://127.0.0.1:" + CATALOG);
        config.put("api.auth-url", "http://127.0.0.1:" + AUTH);
        config.put("api.scraper-url", "http://127.0.0.1:" + SCRAPER);
        return config;
    }
}
