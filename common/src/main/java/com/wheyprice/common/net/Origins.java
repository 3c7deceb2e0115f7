package com.wheyprice.common.net;

import java.net.URI;
import java.util.Locale;

/**
 * A URL's origin ({@code scheme://host:port}, lower case, the scheme's default port spelled
 * out), the unit both the discovery check and the scraper compare against the one local origin
 * development mode allows: the sample retailer.
 */
public final class Origins {

    private Origins() {
    }

    public static String of(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + (url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
    }
}
