package com.wheyprice.catalog.click;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Applies a retailer's affiliate template to a product URL: {@code {url}} stands for the URL as
 * it is, {@code {url_encoded}} for it percent-encoded (for templates that pass it as a query
 * parameter). Without a template the product URL is used unchanged.
 */
public final class AffiliateLinks {

    private AffiliateLinks() {
    }

    public static URI apply(String template, String productUrl) {
        String target = template == null || template.isBlank()
                ? productUrl
                : template.replace("{url_encoded}", URLEncoder.encode(productUrl, StandardCharsets.UTF_8)).replace("{url}", productUrl);
        URI uri = URI.create(target);
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("affiliate links must be http or https: " + target);
        }
        return uri;
    }
}
