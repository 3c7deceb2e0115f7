package com.wheyprice.catalog.api.query;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of search-as-you-type suggestions ({@code GET /catalog/suggest}; public
 * {@code GET /api/v1/suggest}), declared once for both.
 */
public record SuggestQuery(
        @QueryParam("q") @Parameter(required = true, description = "what the shopper has typed so far; the last word also matches"
                + " the words it begins",
                schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = QueryBounds.MAX_TEXT)) String q) {
}
