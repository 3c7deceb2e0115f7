package com.wheyprice.auth.privacy;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.account.AccountRepository;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.api.event.AuthStreams;
import com.wheyprice.auth.api.event.SubjectErased;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.session.Revocations;
import com.wheyprice.auth.session.SessionRepository;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.event.Outbox;
import com.wheyprice.common.event.OutboxRelay;
import com.wheyprice.common.privacy.ErasureReceipts;
import com.wheyprice.platform.api.ErasureReceipt;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;

/**
 * Erasure of an account, the platform's first step of it: auth-service removes its personal data,
 * ends its sessions everywhere and, in the same transaction, puts {@link SubjectErased} in its
 * outbox, from which every other service that holds data about the person learns to erase its
 * part. The anonymised row and the audit trail remain; the audit's erasure entry is this
 * service's receipt. The last super admin cannot erase itself.
 */
@ApplicationScoped
public class Erasures implements ErasureReceipts {

    /** How this service names itself on a receipt. */
    public static final String SERVICE = "auth-service";

    private final Database database;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final AuditLog audit;
    private final Revocations revocations;
    private final Outbox outbox;
    private final OutboxRelay relay;

    Erasures(Database database, AccountRepository accounts, SessionRepository sessions, AuditLog audit, Revocations revocations, Outbox outbox,
            OutboxRelay relay) {
        this.database = database;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.revocations = revocations;
        this.outbox = outbox;
        this.relay = relay;
    }

    public Uni<Void> erase(UUID userId, String ip) {
        return database.inTransaction(tx -> accounts.findById(tx, userId)
                        .call(found -> found != null && found.account().tier() == Tier.SUPER_ADMIN
                                ? accounts.lockSuperAdmins(tx).invoke(superAdmins -> {
                                    if (superAdmins.size() <= 1) {
                                        throw new ProblemException(ProblemType.CONFLICT,
                                                "the last super admin cannot be erased; make another super admin first");
                                    }
                                })
                                : Uni.createFrom().voidItem())
                        .chain(() -> accounts.erase(tx, userId))
                        .chain(erased -> {
                            if (erased == 0) {
                                throw new ProblemException(ProblemType.NOT_FOUND, "this account no longer exists");
                            }
                            return sessions.revokeAll(tx, userId, "account erased");
                        })
                        .call(() -> sessions.deleteRefreshTokens(tx, userId))
                        .call(() -> audit.record(tx, AuditAction.ERASURE, "success", new AuditLog.Origin(userId.toString(), ip), userId, null))
                        .call(() -> outbox.add(tx, AuthStreams.SUBJECTS, (eventId, at) -> SubjectErased.of(eventId, at, userId))))
                .chain(revocations::announce)
                // the other services hear of it at once; if Redis is away, the relay's schedule publishes it later
                .call(() -> relay.relay().onFailure().recoverWithNull());
    }

    /** When this service erased the account: the time of its audit trail's erasure entry, or none yet. */
    @Override
    public Uni<ErasureReceipt> receipt(UUID subject) {
        return database.first("SELECT MAX(occurred_at) AS at FROM auth_audit WHERE subject_id = $1 AND action = $2",
                row -> new ErasureReceipt(SERVICE, subject, Rows.instant(row, "at")), subject, AuditAction.ERASURE.name());
    }
}
