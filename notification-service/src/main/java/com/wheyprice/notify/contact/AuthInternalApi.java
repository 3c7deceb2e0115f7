package com.wheyprice.notify.contact;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.wheyprice.auth.api.AccountMail;
import com.wheyprice.auth.api.Contact;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;

/** auth-service's internal API, called with a client-credentials token. Used only through {@link Contacts}. */
@RegisterRestClient(configKey = "auth")
@OidcClientFilter
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
interface AuthInternalApi {

    @GET
    @Path("/accounts/{id}/contact")
    Uni<Contact> contact(@PathParam("id") UUID id);

    @POST
    @Path("/account-mails/{id}/open")
    Uni<AccountMail> openAccountMail(@PathParam("id") UUID id);
}
