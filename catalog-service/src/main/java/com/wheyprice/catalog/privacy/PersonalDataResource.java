package com.wheyprice.catalog.privacy;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.CatalogPersonalData;
import com.wheyprice.catalog.config.CatalogConfig;
import com.wheyprice.common.security.CallingClient;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * What the catalog holds about one person, for the service that puts their data export together
 * ({@code CATALOG_PERSONAL_DATA_READERS}, by default api-service), called with its
 * client-credentials token; any other client is refused.
 */
@Path("/internal/people")
@Tag(name = "internal")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    private final CatalogPersonalDataReader personalData;
    private final SecurityIdentity identity;
    private final CatalogConfig config;

    PersonalDataResource(CatalogPersonalDataReader personalData, SecurityIdentity identity, CatalogConfig config) {
        this.personalData = personalData;
        this.identity = identity;
        this.config = config;
    }

    @GET
    @Path("/{subject}/data")
    @Operation(summary = "A person's alerts, suggestions and signed-in clicks, for their data export")
    public Uni<CatalogPersonalData> data(@PathParam("subject") UUID subject) {
        CallingClient.require(identity, config.personalDataReaders(), "this service client may not read personal data");
        return personalData.of(subject);
    }
}
