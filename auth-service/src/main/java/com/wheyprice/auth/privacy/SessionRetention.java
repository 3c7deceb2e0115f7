package com.wheyprice.auth.privacy;

import java.time.Duration;
import java.time.Instant;

import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlPlaceholders;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.retention.RetentionRule;

import io.smallrye.mutiny.Uni;

/**
 * Deletes sessions {@code age} after they ended: signed out or revoked, or expired (every refresh
 * token of theirs past its expiry), with their refresh tokens. Access tokens live minutes, so a
 * session this old is no longer needed to refuse one.
 */
record SessionRetention(Duration age) implements RetentionRule {

    @Override
    public String kind() {
        return "sessions";
    }

    @Override
    public Uni<Integer> apply(SqlSession tx, Instant now, int batch) {
        return tx.list("""
                        SELECT s.id FROM auth_session s
                         WHERE s.revoked_at < $1
                            OR (s.revoked_at IS NULL AND s.last_used_at < $1
                                AND NOT EXISTS (SELECT 1 FROM auth_refresh_token t WHERE t.session_id = s.id AND t.expires_at >= $1))
                         LIMIT %d""".formatted(batch), row -> Rows.uuid(row, "id"), now.minus(age))
                .chain(ids -> {
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    String in = SqlPlaceholders.numbered(1, ids.size());
                    return tx.update("DELETE FROM auth_refresh_token WHERE session_id IN (" + in + ")", ids.toArray())
                            .chain(() -> tx.update("DELETE FROM auth_session WHERE id IN (" + in + ")", ids.toArray()));
                });
    }
}
