package com.wheyprice.scraper;

import java.util.Map;
import java.util.UUID;

import com.wheyprice.common.testing.TestIssuerResource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * scraper-service with its own Redis key prefix (so runs never see each other's queues), tokens
 * from a test issuer, development mode pointed at a {@link TestRetailer} as the sample retailer,
 * whose robots.txt keeps crawlers out of {@code /private/}, and which also answers for
 * catalog-service's internal API, a one-second visibility timeout, and no workers or scheduler of
 * its own: tests drive the queue, the fetcher and the worker directly.
 */
public class ScraperTestResource extends TestIssuerResource {

    private final TestRetailer retailer = new TestRetailer()
            .page("/robots.txt", new TestRetailer.Response(200, Map.of("Content-Type", "text/plain"), "User-agent: *\nDisallow: /private/\n"));

    @Override
    protected Map<String, String> extraConfig() {
        return Map.of("redis.key-prefix", "test-" + UUID.randomUUID().toString().substring(0, 8),
                "scraper.mode", "development",
                "scraper.sample-retailer-url", retailer.url(),
                "scraper.workers", "0",
                "scraper.schedule.enabled", "false",
                "scraper.queue.visibility-timeout", "1s",
                "scraper.fetch.max-bytes", "20000",
                "scraper.fetch.max-wait", "2s",
                // catalog-service's internal API is played by the test retailer too, at its own paths
                "scraper.catalog-url", retailer.url(),
                "quarkus.oidc-client.auth-server-url", issuerUrl());
    }

    @Override
    public void inject(QuarkusTestResourceLifecycleManager.TestInjector injector) {
        super.inject(injector);
        injector.injectIntoFields(retailer, new QuarkusTestResourceLifecycleManager.TestInjector.MatchesType(TestRetailer.class));
    }

    @Override
    public void stop() {
        retailer.close();
        super.stop();
    }
}
