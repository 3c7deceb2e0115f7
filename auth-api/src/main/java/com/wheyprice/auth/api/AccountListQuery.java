package com.wheyprice.auth.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters of the admins' account list ({@code GET /auth/admin/users}), declared once for auth-service and api-service. */
public record AccountListQuery(
        @QueryParam("tier") @Parameter(description = "only accounts of this tier", schema = @Schema(implementation = Tier.class)) String tier,
        @QueryParam("email") @Parameter(description = "the account with exactly this email") String email,
        @QueryParam("after") @Parameter(description = "the previous page's next cursor") String after,
        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(description = "items per page",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50")) int limit) {
}
