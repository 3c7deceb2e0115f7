package com.wheyprice.scraper.deadletter;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.platform.api.Page;
import com.wheyprice.scraper.api.DeadLetter;
import com.wheyprice.scraper.api.DeadLetterQuery;

import io.smallrye.mutiny.Uni;

/** Admins look at the scrapes that failed every attempt and queue them again once the cause is fixed. */
@Path("/admin/dead-letters")
@Tag(name = "admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;

    DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "Dead letters, oldest first; replayed ones only with includeReplayed=true")
    public Uni<Page<DeadLetter>> list(@Valid @BeanParam DeadLetterQuery query) {
        return deadLetters.list(Cursor.decodeInstant(query.after(), "after"), query.includeReplayed(), query.limit() + 1)
                .map(rows -> Cursor.page(rows, query.limit(), letter -> Cursor.of(letter.failedAt(), letter.id())));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Queue the dead job's listing again, as a new job")
    public Uni<DeadLetter> replay(@PathParam("id") String id) {
        UUID parsed;
        try {
            parsed = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("id", "must be a UUID");
        }
        return deadLetters.replay(parsed);
    }
}
