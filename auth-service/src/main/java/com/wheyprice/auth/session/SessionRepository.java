package com.wheyprice.auth.session;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.Session;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/** The {@code auth_session} and {@code auth_refresh_token} tables. */
@ApplicationScoped
public class SessionRepository {

    private final Clock clock;

    SessionRepository(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> open(SqlSession sql, Session session) {
        return sql.update("""
                INSERT INTO auth_session (id, user_id, device, ip, created_at, last_used_at)
                VALUES ($1, $2, $3, $4, $5, $5)""",
                session.id(), session.userId(), session.device(), session.ip(), session.createdAt()).replaceWithVoid();
    }

    /**
     * Whether a sign-in from this device and network address is news to the account's owner: it
     * signed in before, never from here. (A first sign-in ever is no news.)
     */
    public Uni<Boolean> isNewPlace(SqlSession sql, UUID userId, String device, String ip) {
        return sql.first("""
                SELECT COUNT(*) AS total,
                       SUM(CASE WHEN COALESCE(device, '') = $2 AND COALESCE(ip, '') = $3 THEN 1 ELSE 0 END) AS here
                  FROM auth_session WHERE user_id = $1""",
                row -> Rows.count(row, "total") > 0 && Rows.count(row, "here") == 0, userId, device == null ? "" : device, ip == null ? "" : ip);
    }

    public Uni<Void> addRefreshToken(SqlSession sql, String tokenHash, UUID sessionId, Instant issuedAt, Instant expiresAt) {
        return sql.update("INSERT INTO auth_refresh_token (token_hash, session_id, issued_at, expires_at) VALUES ($1, $2, $3, $4)",
                tokenHash, sessionId, issuedAt, expiresAt).replaceWithVoid();
    }

    /**
     * Marks a live, unused token as used and returns its session; {@code null} when the token is
     * unknown, expired or already used. The conditional update makes two concurrent uses of one
     * token produce exactly one winner.
     */
    public Uni<UUID> consume(SqlSession sql, String tokenHash, Instant now) {
        return sql.first("""
                UPDATE auth_refresh_token SET used_at = $2
                 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
                RETURNING session_id""", row -> Rows.uuid(row, "session_id"), tokenHash, now);
    }

    /** The session of a token that was already used: presenting it again means it was copied. */
    public Uni<UUID> sessionOfUsedToken(SqlSession sql, String tokenHash) {
        return sql.first("SELECT session_id FROM auth_refresh_token WHERE token_hash = $1 AND used_at IS NOT NULL",
                row -> Rows.uuid(row, "session_id"), tokenHash);
    }

    public Uni<Session> find(SqlSession sql, UUID sessionId) {
        return sql.first("SELECT * FROM auth_session WHERE id = $1", SessionRepository::session, sessionId);
    }

    public Uni<Void> touch(SqlSession sql, UUID sessionId, String ip, Instant now) {
        return sql.update("UPDATE auth_session SET last_used_at = $2, ip = $3 WHERE id = $1", sessionId, now, ip).replaceWithVoid();
    }

    /** Revokes a session that is still live; returns whether it was. */
    public Uni<Boolean> revoke(SqlSession sql, UUID sessionId, String reason) {
        return sql.update("UPDATE auth_session SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL",
                sessionId, clock.instant(), reason).map(count -> count > 0);
    }

    /** Revokes every live session of a user; returns the ones it ended. */
    public Uni<List<UUID>> revokeAll(SqlSession sql, UUID userId, String reason) {
        return sql.list("""
                UPDATE auth_session SET revoked_at = $2, revoked_reason = $3 WHERE user_id = $1 AND revoked_at IS NULL
                RETURNING id""", row -> Rows.uuid(row, "id"), userId, clock.instant(), reason);
    }

    /** Revokes every live session of a user but one (the one asking); returns the ones it ended. */
    public Uni<List<UUID>> revokeAllBut(SqlSession sql, UUID userId, UUID kept, String reason) {
        return sql.list("""
                UPDATE auth_session SET revoked_at = $2, revoked_reason = $3 WHERE user_id = $1 AND revoked_at IS NULL AND id <> $4
                RETURNING id""", row -> Rows.uuid(row, "id"), userId, clock.instant(), reason, kept);
    }

    /** Drops every refresh token of a user's sessions (on erasure). */
    public Uni<Integer> deleteRefreshTokens(SqlSession sql, UUID userId) {
        return sql.update("DELETE FROM auth_refresh_token WHERE session_id IN (SELECT id FROM auth_session WHERE user_id = $1)", userId);
    }

    public Uni<List<Session>> ofUser(SqlSession sql, UUID userId, boolean liveOnly) {
        return sql.list("SELECT * FROM auth_session WHERE user_id = $1" + (liveOnly ? " AND revoked_at IS NULL" : "")
                + " ORDER BY created_at DESC", SessionRepository::session, userId);
    }

    private static Session session(Row row) {
        return new Session(Rows.uuid(row, "id"), Rows.uuid(row, "user_id"), row.getString("device"), row.getString("ip"),
                Rows.instant(row, "created_at"), Rows.instant(row, "last_used_at"), Rows.instant(row, "revoked_at"),
                row.getString("revoked_reason"));
    }
}
