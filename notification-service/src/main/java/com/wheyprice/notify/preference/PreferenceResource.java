package com.wheyprice.notify.preference;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.common.security.SignedInUser;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notification.api.Preference;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** A signed-in person's notification settings: every kind on every channel, on until they turn it off. */
@Path("/notifications/preferences")
@Tag(name = "notifications")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    private final Preferences preferences;
    private final SecurityIdentity identity;
    private final Clock clock;

    PreferenceResource(Preferences preferences, SecurityIdentity identity, Clock clock) {
        this.preferences = preferences;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The caller's settings, one per channel and kind")
    public Uni<List<Preference>> listPreferences() {
        SignedInUser user = SignedInUser.of(identity);
        return preferences.of(user.id(), user.tier());
    }

    @PUT
    @Path("/{channel}/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn one kind of message on one channel on or off")
    public Uni<Preference> changePreference(@PathParam("channel") Channel channel, @PathParam("kind") Kind kind, @Valid @NotNull Preference.Change change) {
        var userId = SignedInUser.of(identity).id();
        return preferences.choose(userId, channel, kind, change.enabled(), clock.instant()).replaceWith(new Preference(channel, kind, change.enabled()));
    }
}
