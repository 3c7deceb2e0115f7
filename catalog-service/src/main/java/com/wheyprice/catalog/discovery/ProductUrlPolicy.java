package com.wheyprice.catalog.discovery;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.config.CatalogConfig;
import com.wheyprice.common.config.Environment;
import com.wheyprice.common.net.Origins;

/**
 * The one place that decides which product URLs this deployment may track: {@link ProductUrls}'
 * rules, with the sample shops' exact origin allowed to be local in development only. Shoppers'
 * submissions and admins' listings are checked the same way.
 */
@ApplicationScoped
public class ProductUrlPolicy {

    private final String allowedLocalOrigin;

    ProductUrlPolicy(CatalogConfig config, Environment environment) {
        URI sample = URI.create(config.sampleRetailerUrl());
        this.allowedLocalOrigin = environment.development()
                ? Origins.of(sample)
                : null;
    }

    /** Checks a URL; an {@link IllegalArgumentException} says what is wrong with it. */
    public ProductUrls.Checked check(String url) {
        return ProductUrls.check(url, allowedLocalOrigin);
    }
}
