package com.wheyprice.notification.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters of the admins' delivery list (newest change first), declared once for provider and relay. */
public record DeliveryQuery(
        @QueryParam("status") @DefaultValue("DEAD") @Parameter(description = "which deliveries: the dead letters by default") DeliveryStatus status,
        @QueryParam("after") @Parameter(description = "the previous page's next cursor") String after,
        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(description = "items per page",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50")) int limit) {
}
