package com.wheyprice.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything catalog-service holds about one person, for their data export: their price alerts
 * (with each time one fired), the product pages they suggested, and their affiliate clicks while
 * signed in.
 */
@Schema(requiredProperties = { "alerts", "discoveries", "clicks" })
public record CatalogPersonalData(List<Alert> alerts, List<Discovery> discoveries, List<Click> clicks) {

    /** A click on a buy link while signed in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "listingId", "retailer", "source", "clickedAt" })
    public record Click(UUID listingId, String retailer, ClickSource source, String referrer, Instant clickedAt) {
    }
}
