package com.wheyprice.scraper.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters of the dead-letter list ({@code GET /admin/dead-letters}, oldest first), declared once for provider and relay. */
public record DeadLetterQuery(
        @QueryParam("after") @Parameter(description = "the previous page's next cursor") String after,
        @QueryParam("includeReplayed") @DefaultValue("false") @Parameter(description = "also the letters already replayed",
                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) boolean includeReplayed,
        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(description = "items per page",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50")) int limit) {
}
