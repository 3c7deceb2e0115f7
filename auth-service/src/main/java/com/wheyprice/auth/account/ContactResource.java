package com.wheyprice.auth.account;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Contact;
import com.wheyprice.auth.api.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A person's current address, for the one service that writes to people ({@link ContactReaders}).
 * It asks at every send and keeps no copy, so a changed address is used at once and an erased
 * account answers 404.
 */
@Path("/internal/accounts")
@Tag(name = "internal")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private final AccountService accounts;
    private final SecurityIdentity identity;
    private final ContactReaders readers;

    ContactResource(AccountService accounts, SecurityIdentity identity, ContactReaders readers) {
        this.accounts = accounts;
        this.identity = identity;
        this.readers = readers;
    }

    @GET
    @Path("/{id}/contact")
    @Operation(summary = "How to reach an active account: its address, name and tier; 404 once erased")
    public Uni<Contact> contact(@PathParam("id") UUID id) {
        readers.require(identity);
        return accounts.profile(id).map(account -> new Contact(account.id(), account.email(), account.displayName(), account.emailVerified(),
                account.tier()));
    }
}
