package com.wheyprice.auth.mail;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.account.ContactReaders;
import com.wheyprice.auth.api.AccountMail;
import com.wheyprice.auth.api.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * notification-service takes a message about an account when it sends it: its address, what it
 * says and, for a link, a freshly minted token. A {@code POST}, since each call mints a token (and
 * retires the one before). Only the clients that may read contact details may call it.
 */
@Path("/internal/account-mails")
@Tag(name = "internal")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
public class AccountMailResource {

    private final AccountMails mails;
    private final ContactReaders readers;
    private final SecurityIdentity identity;

    AccountMailResource(AccountMails mails, ContactReaders readers, SecurityIdentity identity) {
        this.mails = mails;
        this.readers = readers;
        this.identity = identity;
    }

    @POST
    @Path("/{id}/open")
    @Operation(summary = "The message as it is to be sent now, with a new link token; 404 when it is not to be sent (erased, link used or expired)")
    public Uni<AccountMail> open(@PathParam("id") UUID id) {
        readers.require(identity);
        return mails.open(id);
    }
}
