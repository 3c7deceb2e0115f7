package com.wheyprice.catalog.api.query;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The window of a variant's price history ({@code GET /catalog/variants/{id}/history}), declared once for provider and relay. */
public record HistoryQuery(
        @QueryParam("days") @DefaultValue("365") @Parameter(description = "how many days back, today included",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + HistoryQuery.MAX_DAYS,
                        defaultValue = "365")) int days) {

    public static final int MAX_DAYS = 3650;
}
