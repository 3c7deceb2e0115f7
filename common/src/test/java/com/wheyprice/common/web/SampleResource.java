package com.wheyprice.common.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.request.RequestId;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.vertx.core.http.HttpServerRequest;

/** Endpoints that fail in each way a real resource can, for the error-handling tests. */
@Path("/sample")
public class SampleResource {

    public record Order(@NotBlank @Size(max = 40) String name, @Min(1) @Max(10) int quantity, @Email String email) {
    }

    /** The same app, called as another service would be. */
    @Path("/sample")
    @RegisterRestClient
    public interface Downstream {
        @GET
        @Path("/request-id")
        @Produces(MediaType.TEXT_PLAIN)
        String requestId();
    }

    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Order order(@Valid Order order) {
        return order;
    }

    @GET
    @Path("/search")
    @Produces(MediaType.TEXT_PLAIN)
    public String search(@QueryParam("limit") @Min(1) @Max(100) int limit) {
        return "limit " + limit;
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw new ProblemException(ProblemType.CONFLICT, "the variant was changed by someone else");
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }

    @GET
    @Path("/secure/{tier}")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.USER)
    public String signedIn(@PathParam("tier") String tier, @Context SecurityContext security) {
        return security.getUserPrincipal().getName() + " " + security.isUserInRole(tier.toUpperCase());
    }

    @GET
    @Path("/premium")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.PREMIUM)
    public String premium() {
        return "premium";
    }

    @GET
    @Path("/admin")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.ADMIN)
    public String admin() {
        return "admin";
    }

    @GET
    @Path("/request-id")
    @Produces(MediaType.TEXT_PLAIN)
    public String requestId() {
        return RequestId.current();
    }

    @GET
    @Path("/downstream-request-id")
    @Produces(MediaType.TEXT_PLAIN)
    public String downstreamRequestId(HttpServerRequest request) {
        URI self = URI.create("http://127.0.0.1:" + request.localAddress().port());
        return QuarkusRestClientBuilder.newBuilder().baseUri(self).build(Downstream.class).requestId();
    }
}
