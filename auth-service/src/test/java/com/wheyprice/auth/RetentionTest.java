package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.registeredId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.retention.Retention;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * auth-service's retention against rows aged relative to now, as the clock reads it: each rule
 * removes or cuts what is past its age and leaves what is one day short of it, with the default
 * policy (sessions 30 days after their end, IP addresses cut after 30 days, audit kept a year).
 */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class RetentionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Database database;

    @Inject
    Retention retention;

    @Inject
    Clock clock;

    private Instant now;
    private UUID user;

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }

    private UUID session(String ip, Instant created, Instant lastUsed, Instant revoked) {
        UUID id = UUID.randomUUID();
        database.update("""
                INSERT INTO auth_session (id, user_id, device, ip, created_at, last_used_at, revoked_at, revoked_reason)
                VALUES ($1, $2, 'test', $3, $4, $5, $6, $7)""", id, user, ip, created, lastUsed, revoked, revoked == null ? null : "signed out")
                .await().atMost(WAIT);
        return id;
    }

    private String token(UUID session, Instant expires, Instant used) {
        String hash = UUID.randomUUID().toString();
        database.update("INSERT INTO auth_refresh_token (token_hash, session_id, issued_at, expires_at, used_at) VALUES ($1, $2, $3, $4, $5)",
                hash, session, daysAgo(90), expires, used).await().atMost(WAIT);
        return hash;
    }

    private UUID audit(Instant at, String ip) {
        UUID id = UUID.randomUUID();
        database.update("""
                INSERT INTO auth_audit (id, occurred_at, action, outcome, actor_id, subject_id, ip, detail)
                VALUES ($1, $2, 'LOGIN', 'success', $3, $4, $5, NULL)""", id, at, user.toString(), user, ip).await().atMost(WAIT);
        return id;
    }

    private boolean exists(String table, String key, Object id) {
        return database.first("SELECT COUNT(*) AS n FROM " + table + " WHERE " + key + " = $1", row -> Rows.count(row, "n"), id)
                .await().atMost(WAIT) == 1;
    }

    private String ipOf(String table, UUID id) {
        return database.first("SELECT ip FROM " + table + " WHERE id = $1", row -> row.getString("ip"), id).await().atMost(WAIT);
    }

    @Test
    void eachRuleRemovesWhatIsPastItsAgeAndNothingYoungerEvenByADay() {
        now = clock.instant();
        user = UUID.fromString(registeredId(email()));
        UUID endedLongAgo = session("203.0.113.7", daysAgo(60), daysAgo(40), daysAgo(31));
        UUID endedRecently = session("203.0.113.8", daysAgo(60), daysAgo(40), daysAgo(29));
        UUID expiredLongAgo = session("198.51.100.9", daysAgo(100), daysAgo(95), null);
        String expiredToken = token(expiredLongAgo, daysAgo(31), null);
        UUID alive = session("2001:db8:aa:bb::5", daysAgo(3), daysAgo(1), null);
        String current = token(alive, now.plus(Duration.ofDays(20)), null);
        String spentLongAgo = token(alive, now.plus(Duration.ofDays(20)), daysAgo(31));
        String spentRecently = token(alive, now.plus(Duration.ofDays(20)), daysAgo(29));
        UUID pastAYear = audit(daysAgo(366), "192.0.2.1");
        UUID withinTheYear = audit(daysAgo(364), "192.0.2.2");
        UUID thisMonth = audit(daysAgo(29), "192.0.2.3");

        retention.apply(now).await().atMost(WAIT);

        assertThat(exists("auth_session", "id", endedLongAgo)).as("ended 31 days ago").isFalse();
        assertThat(exists("auth_session", "id", endedRecently)).as("ended 29 days ago").isTrue();
        assertThat(exists("auth_session", "id", expiredLongAgo)).as("expired 31 days ago").isFalse();
        assertThat(exists("auth_refresh_token", "token_hash", expiredToken)).isFalse();
        assertThat(exists("auth_session", "id", alive)).isTrue();
        assertThat(exists("auth_refresh_token", "token_hash", current)).isTrue();
        assertThat(exists("auth_refresh_token", "token_hash", spentLongAgo)).as("rotated 31 days ago").isFalse();
        assertThat(exists("auth_refresh_token", "token_hash", spentRecently)).as("rotated 29 days ago").isTrue();
        assertThat(ipOf("auth_session", endedRecently)).as("a session started 60 days ago keeps its network only").isEqualTo("203.0.113.0/24");
        assertThat(ipOf("auth_session", alive)).as("a session started 3 days ago keeps its address").isEqualTo("2001:db8:aa:bb::5");
        assertThat(exists("auth_audit", "id", pastAYear)).as("audit of 366 days ago").isFalse();
        assertThat(ipOf("auth_audit", withinTheYear)).isEqualTo("192.0.2.0/24");
        assertThat(ipOf("auth_audit", thisMonth)).isEqualTo("192.0.2.3");

        assertThat(retention.apply(now).await().atMost(WAIT)).as("a second run finds nothing more").allSatisfy((kind, removed) -> assertThat(removed)
                .as(kind).isZero());
    }
}
