package com.wheyprice.notify.preference;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notification.api.Preference;

import io.smallrye.mutiny.Uni;

/**
 * What each person wants to be told, per channel and kind. Only choices are stored; every kind
 * is on by default, since a person who set a price alert asked to hear about it.
 */
@ApplicationScoped
public class Preferences {

    private final Database database;

    Preferences(Database database) {
        this.database = database;
    }

    public Uni<Boolean> wants(UUID userId, Channel channel, Kind kind) {
        return database.first("SELECT enabled FROM notification_preference WHERE user_id = $1 AND channel = $2 AND kind = $3",
                row -> Rows.bool(row, "enabled"), userId, channel.name(), kind.name())
                .map(enabled -> enabled == null || enabled);
    }

    /** Every channel and kind for this person: their choice where they made one, else on. */
    public Uni<List<Preference>> of(UUID userId) {
        return database.list("SELECT channel, kind, enabled FROM notification_preference WHERE user_id = $1",
                        row -> new Preference(Channel.valueOf(row.getString("channel")), Kind.valueOf(row.getString("kind")), Rows.bool(row, "enabled")),
                        userId)
                .map(chosen -> Arrays.stream(Channel.values())
                        .flatMap(channel -> Arrays.stream(Kind.values()).map(kind -> chosen.stream()
                                .filter(choice -> choice.channel() == channel && choice.kind() == kind).findFirst()
                                .orElse(new Preference(channel, kind, true))))
                        .toList());
    }

    /** Records the choice; the same choice again changes nothing. */
    public Uni<Void> choose(UUID userId, Channel channel, Kind kind, boolean enabled, Instant now) {
        return database.update("""
                INSERT INTO notification_preference (user_id, channel, kind, enabled, updated_at) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (user_id, channel, kind) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at""",
                userId, channel.name(), kind.name(), enabled, now).replaceWithVoid();
    }
}
