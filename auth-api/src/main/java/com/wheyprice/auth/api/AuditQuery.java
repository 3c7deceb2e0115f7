package com.wheyprice.auth.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters of the audit trail ({@code GET /auth/admin/audit}, newest first), declared once for auth-service and api-service. */
public record AuditQuery(
        @QueryParam("before") @Parameter(description = "the previous page's next cursor") String before,
        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(description = "items per page",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50")) int limit) {
}
