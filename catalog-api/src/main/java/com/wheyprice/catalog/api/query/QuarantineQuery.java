package com.wheyprice.catalog.api.query;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.wheyprice.catalog.api.QuarantinedPrice;

/** The parameters of the admins' price quarantine ({@code GET /catalog/admin/quarantine}), declared once for provider and relay. */
public record QuarantineQuery(
        @QueryParam("status") @DefaultValue("PENDING") @Parameter(description = "which held-back prices",
                schema = @Schema(implementation = QuarantinedPrice.Status.class, defaultValue = "PENDING")) String status,
        @QueryParam("after") @Parameter(description = QueryBounds.AFTER) String after,
        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(description = "items per page",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50")) int limit) {
}
