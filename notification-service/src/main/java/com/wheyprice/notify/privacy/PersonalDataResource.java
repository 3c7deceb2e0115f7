package com.wheyprice.notify.privacy;

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
import com.wheyprice.common.security.CallingClient;
import com.wheyprice.notification.api.NotificationPersonalData;
import com.wheyprice.notify.config.NotifyConfig;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * What this service holds about one person, for the service that puts their data export together
 * ({@code NOTIFY_PERSONAL_DATA_READERS}, by default api-service), called with its
 * client-credentials token; any other client is refused.
 */
@Path("/internal/people")
@Tag(name = "internal")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    private final NotificationPersonalDataReader personalData;
    private final SecurityIdentity identity;
    private final NotifyConfig config;

    PersonalDataResource(NotificationPersonalDataReader personalData, SecurityIdentity identity, NotifyConfig config) {
        this.personalData = personalData;
        this.identity = identity;
        this.config = config;
    }

    @GET
    @Path("/{subject}/data")
    @Operation(summary = "A person's notification choices, webhooks and deliveries, for their data export")
    public Uni<NotificationPersonalData> data(@PathParam("subject") UUID subject) {
        CallingClient.require(identity, config.personalDataReaders(), "this service client may not read personal data");
        return personalData.of(subject);
    }
}
