package com.wheyprice.common.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;

/**
 * {@code /healthz}: one small answer for humans and load balancers, the readiness verdict plus
 * which version and commit is running.
 */
@Path("/healthz")
public class HealthzResource {

    /** The body of {@code /healthz}. */
    public record Healthz(String status, String version, String commit) {
    }

    private final SmallRyeHealthReporter reporter;
    private final BuildInfo build;

    HealthzResource(SmallRyeHealthReporter reporter, @ConfigProperty(name = "quarkus.application.version") String version) {
        this.reporter = reporter;
        this.build = BuildInfo.load(version, HealthzResource.class.getClassLoader());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> healthz() {
        return reporter.getReadinessAsync().map(health -> {
            String status = health.isDown() ? "DOWN" : "UP";
            return Response.status(health.isDown() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                    .entity(new Healthz(status, build.version(), build.commit()))
                    .build();
        });
    }
}
