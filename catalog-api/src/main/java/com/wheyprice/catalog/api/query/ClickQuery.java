package com.wheyprice.catalog.api.query;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The window of the affiliate click statistics ({@code GET /catalog/admin/clicks}), declared once for provider and relay. */
public record ClickQuery(
        @QueryParam("days") @DefaultValue("30") @Parameter(description = "how many days back, today included",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + ClickQuery.MAX_DAYS,
                        defaultValue = "30")) int days) {

    public static final int MAX_DAYS = 366;
}
