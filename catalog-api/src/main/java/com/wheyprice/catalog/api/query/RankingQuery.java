package com.wheyprice.catalog.api.query;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of a category's best-value ranking ({@code GET /catalog/categories/{slug}/best-value};
 * public {@code GET /api/v1/categories/{slug}/best-value}), declared once for both. {@code protein}
 * has no default here: catalog-service counts the label's figure when it is absent, and
 * api-service decides it per caller from the lab-tested rollout flag.
 */
public record RankingQuery(
        @QueryParam("currency") @Parameter(description = QueryBounds.CURRENCY,
                schema = @Schema(type = SchemaType.STRING, pattern = QueryBounds.CURRENCY_PATTERN, examples = "INR")) String currency,
        @QueryParam("after") @Parameter(description = QueryBounds.AFTER) String after,
        @QueryParam("limit") @DefaultValue("10") @Parameter(description = "items per page",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = QueryBounds.MAX_PAGE,
                        defaultValue = "10")) int limit,
        @QueryParam("protein") @Parameter(description = QueryBounds.PROTEIN + "; absent: the label's, or lab-tested for callers in that rollout",
                schema = @Schema(type = SchemaType.STRING, enumeration = { QueryBounds.LABEL, QueryBounds.LAB_TESTED })) String protein) {
}
