package com.wheyprice.common.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;

/**
 * {@code /healthz}: one small answer for humans and load balancers, the readiness verdict plus
 * which version and commit is running.
 */
@Path("/healthz")
@Tag(name = "operations", description = "Whether the service is up, and which build runs")
public class HealthzResource {

    /** The body of {@code /healthz}. */
    @Schema(requiredProperties = { "status", "version", "commit" })
    public record Healthz(@Schema(enumeration = { "UP", "DOWN" }) String status, String version, String commit) {
    }

    private final SmallRyeHealthReporter reporter;
    private final BuildInfo build;

    HealthzResource(SmallRyeHealthReporter reporter, @ConfigProperty(name = "quarkus.application.version") String version) {
        this.reporter = reporter;
        this.build = BuildInfo.load(version, HealthzResource.class.getClassLoader());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getHealth", summary = "Readiness (UP or DOWN), version and commit")
    @APIResponse(responseCode = "200", description = "ready", content = @Content(schema = @Schema(implementation = Healthz.class)))
    @APIResponse(responseCode = "503", description = "not ready", content = @Content(schema = @Schema(implementation = Healthz.class)))
    public Uni<Response> healthz() {
        return reporter.getReadinessAsync().map(health -> {
            String status = health.isDown() ? "DOWN" : "UP";
            return Response.status(health.isDown() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                    .entity(new Healthz(status, build.version(), build.commit()))
                    .build();
        });
    }
}
