package com.wheyprice.auth.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.auth.api.Revocation;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.security.revocation.RevocationList;
import com.wheyprice.common.security.revocation.TokenPolicy;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * auth-service's side of revocation (ADR 0005): a session ends in the database first (its
 * {@code revoked_at}, with the change that ends it), and is announced to every service once
 * that change is committed. An announcement that cannot reach Redis is not lost: every
 * instance republishes the sessions ended within the last access-token lifetime every
 * {@value #REPUBLISH_SECONDS} seconds, which also refills a Redis that restarted empty.
 */
@ApplicationScoped
public class Revocations {

    static final int REPUBLISH_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(Revocations.class);

    private final Database database;
    private final RevocationList list;
    private final TokenPolicy policy;
    private final Clock clock;
    private Cancellable republishing;

    Revocations(Database database, RevocationList list, TokenPolicy policy, Clock clock) {
        this.database = database;
        this.list = list;
        this.policy = policy;
        this.clock = clock;
    }

    /** Tells every service that these sessions ended, once that is committed; a failure is logged and left to the republishing. */
    public Uni<Void> announce(List<UUID> endedSessions) {
        Instant now = clock.instant();
        return list.publish(endedSessions.stream().map(session -> new Revocation(session, now)).toList())
                .onFailure().invoke(error -> LOG.warnf("revocations not announced (%s); republished within %d s",
                        error.getMessage(), REPUBLISH_SECONDS))
                .onFailure().recoverWithNull();
    }

    void start(@Observes StartupEvent started) {
        republishing = Multi.createFrom().ticks().every(Duration.ofSeconds(REPUBLISH_SECONDS))
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> republish().onFailure().recoverWithNull())
                .subscribe().with(ignored -> { }, error -> LOG.errorf(error, "revocation republishing stopped"));
    }

    @PreDestroy
    void stop() {
        if (republishing != null) {
            republishing.cancel();
        }
    }

    /** Publishes again every ended session that may still have a live token. */
    Uni<Void> republish() {
        Instant since = clock.instant().minus(policy.maxLifetime()).minus(policy.clockSkew());
        return database.list("SELECT id, revoked_at FROM auth_session WHERE revoked_at > $1",
                        row -> new Revocation(Rows.uuid(row, "id"), Rows.instant(row, "revoked_at")), since)
                .chain(list::publish);
    }
}
