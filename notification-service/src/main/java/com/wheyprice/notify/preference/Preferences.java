package com.wheyprice.notify.preference;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notification.api.Preference;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * What each person wants to be told, per channel and kind. Only choices are stored. By default
 * every kind is on (a person who set a price alert asked to hear about it), except sign-in
 * notices ({@link Kind#ACCOUNT_SECURITY}), which are on by default for admins only: their
 * accounts are the ones worth taking over. Messages about the account itself ({@link Kind#ACCOUNT})
 * cannot be turned off.
 */
@ApplicationScoped
public class Preferences {

    private final Database database;

    Preferences(Database database) {
        this.database = database;
    }

    /** Whether this person, of this tier, wants this kind on this channel. */
    public Uni<Boolean> wants(UUID userId, Tier tier, Channel channel, Kind kind) {
        if (!kind.optional()) {
            return Uni.createFrom().item(true);
        }
        return database.first("SELECT enabled FROM notification_preference WHERE user_id = $1 AND channel = $2 AND kind = $3",
                row -> Rows.bool(row, "enabled"), userId, channel.name(), kind.name())
                .map(enabled -> enabled == null ? byDefault(kind, tier) : enabled);
    }

    /** The choices this person made, each channel and kind they turned on or off. */
    public Uni<List<Preference>> chosenBy(UUID userId) {
        return database.list("SELECT channel, kind, enabled FROM notification_preference WHERE user_id = $1 ORDER BY channel, kind",
                Preferences::preference, userId);
    }

    /** Every channel and kind for this person: their choice where they made one, else the default for their tier. */
    public Uni<List<Preference>> of(UUID userId, Tier tier) {
        return chosenBy(userId)
                .map(chosen -> Arrays.stream(Channel.values())
                        .flatMap(channel -> Arrays.stream(Kind.values()).map(kind -> chosen.stream()
                                .filter(choice -> kind.optional() && choice.channel() == channel && choice.kind() == kind).findFirst()
                                .orElse(new Preference(channel, kind, !kind.optional() || byDefault(kind, tier)))))
                        .toList());
    }

    private static Preference preference(Row row) {
        return new Preference(Channel.valueOf(row.getString("channel")), Kind.valueOf(row.getString("kind")), Rows.bool(row, "enabled"));
    }

    private static boolean byDefault(Kind kind, Tier tier) {
        return kind != Kind.ACCOUNT_SECURITY || tier.compareTo(Tier.ADMIN) >= 0;
    }

    /** Records the choice; the same choice again changes nothing. 400 naming {@code kind} for messages that cannot be turned off. */
    public Uni<Void> choose(UUID userId, Channel channel, Kind kind, boolean enabled, Instant now) {
        if (!kind.optional()) {
            return Uni.createFrom().failure(ProblemException.invalidField("kind", "messages about your account itself cannot be turned off"));
        }
        return database.update("""
                INSERT INTO notification_preference (user_id, channel, kind, enabled, updated_at) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (user_id, channel, kind) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at""",
                userId, channel.name(), kind.name(), enabled, now).replaceWithVoid();
    }
}
