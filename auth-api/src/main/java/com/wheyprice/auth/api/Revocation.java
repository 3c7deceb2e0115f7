package com.wheyprice.auth.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A session that ended, as auth-service publishes it: every access token of that {@code sid}
 * stops working. Every token of a person names its session, and logout, refresh-token reuse,
 * erasure and a tier change all end sessions, so one kind of revocation covers them all, and a
 * new sign-in (a new session) is never caught by an old revocation, even in the same second.
 * Encoded as {@code session:<id>:<epoch second>}, the member of the Redis set that carries it.
 */
public record Revocation(UUID session, Instant at) {

    private static final String PREFIX = "session:";

    public Revocation {
        at = at.truncatedTo(ChronoUnit.SECONDS);
    }

    public String encode() {
        return PREFIX + session + ":" + at.getEpochSecond();
    }

    /** The revocation a member stands for; an {@link IllegalArgumentException} for anything else. */
    public static Revocation decode(String member) {
        String[] parts = member.split(":");
        if (parts.length != 3 || !member.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a revocation: " + member);
        }
        return new Revocation(UUID.fromString(parts[1]), Instant.ofEpochSecond(Long.parseLong(parts[2])));
    }
}
