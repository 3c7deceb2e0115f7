package com.wheyprice.catalog.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of product discovery: a shopper's suggestion, and an admin's approval. */
public final class DiscoveryRequests {

    /** The longest product page URL accepted. */
    public static final int MAX_URL_LENGTH = 2000;

    private DiscoveryRequests() {
    }

    /** A product page to track, with an optional note for the admin. */
    public record Submission(@NotBlank @Size(max = MAX_URL_LENGTH) String url, @Size(max = 500) String note) {
    }

    /** Which variant (and, for a domain no retailer has yet, which retailer) the page is a listing of. */
    public record Approval(@NotNull UUID variantId, UUID retailerId) {
    }
}
