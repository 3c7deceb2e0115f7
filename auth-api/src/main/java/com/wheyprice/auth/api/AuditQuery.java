package com.wheyprice.auth.api;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of the audit trail ({@code GET /auth/admin/audit}, newest first, with filters that
 * all hold), declared once for auth-service and api-service.
 */
public record AuditQuery(
        @QueryParam("before") @Parameter(description = "the previous page's next cursor") String before,
        @QueryParam("actor") @Parameter(description = "only what this account or service client did") String actor,
        @QueryParam("service") @Parameter(description = "only what happened in this service (auth-service, catalog-service, …)") String service,
        @QueryParam("action") @Parameter(description = "only this action") AuditAction action,
        @QueryParam("target") @Parameter(description = "only what was done to this target (kind:id)") String target,
        @QueryParam("from") @Parameter(description = "only from this instant on (ISO 8601)") Instant from,
        @QueryParam("to") @Parameter(description = "only before this instant (ISO 8601)") Instant to,
        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(description = "items per page",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50")) int limit) {
}
