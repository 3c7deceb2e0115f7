package com.wheyprice.api.search;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.common.error.ProblemException;

import io.smallrye.mutiny.Uni;

/** Search analytics for the catalog team: the searches that found nothing, which say what to add. */
@Path("/api/v1/admin/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin")
public class SearchAdminApi {

    private final SearchAnalytics analytics;

    SearchAdminApi(SearchAnalytics analytics) {
        this.analytics = analytics;
    }

    @GET
    @Path("/zero-results")
    @Operation(operationId = "listZeroResultSearches", summary = "The most frequent search texts that found nothing over the last days")
    public Uni<List<ZeroResultQuery>> zeroResults(@QueryParam("days") @DefaultValue("7") @Parameter(description = "UTC days back, today included",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "30", defaultValue = "7")) int days) {
        if (days < 1 || days > SearchAnalytics.KEPT_DAYS) {
            throw ProblemException.invalidField("days", "must be between 1 and " + SearchAnalytics.KEPT_DAYS);
        }
        return analytics.zeroResults(days);
    }
}
