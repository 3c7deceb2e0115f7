package com.wheyprice.auth.admin;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.account.AccountRepository;
import com.wheyprice.auth.api.Account;
import com.wheyprice.auth.api.AccountStatus;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.AuditEntry;
import com.wheyprice.auth.api.AuditQuery;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.session.Revocations;
import com.wheyprice.auth.session.SessionRepository;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.common.security.SignedInUser;
import com.wheyprice.platform.api.Page;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * What admins do with accounts. Tier rules: admins move accounts between USER and PREMIUM; only
 * a super admin grants or removes ADMIN or SUPER_ADMIN; nobody changes their own tier; the last
 * super admin cannot be demoted. The acting admin's tier is re-read from the database, so a
 * demoted admin's still-valid token grants nothing it no longer should.
 */
@ApplicationScoped
public class AdminService {

    private static final int ROTATION_BATCH = 200;

    private final Database database;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final SessionRepository sessions;
    private final Revocations revocations;

    AdminService(Database database, AccountRepository accounts, AuditLog audit, SessionRepository sessions, Revocations revocations) {
        this.database = database;
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
        this.revocations = revocations;
    }

    /** A tier change, and the sessions it ended, whose tokens still carry the old tier. */
    private record TierChanged(Account account, List<UUID> endedSessions) {
    }

    public Uni<Page<Account>> users(Tier tier, String email, Cursor after, int limit) {
        if (email != null && !email.isBlank()) {
            return accounts.findByEmail(database, email)
                    .map(found -> new Page<>(found == null ? List.of() : List.of(found.account()), null));
        }
        return accounts.page(database, tier, after, limit + 1)
                .map(rows -> Cursor.page(rows, limit, account -> Cursor.of(account.createdAt(), account.id())));
    }

    public Uni<Account> changeTier(SignedInUser caller, UUID targetId, Tier tier, String ip) {
        if (caller.id().equals(targetId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "nobody changes their own tier");
        }
        if (tier == Tier.PUBLIC) {
            throw ProblemException.invalidField("tier", "PUBLIC is the tier of anonymous visitors, not of accounts");
        }
        return database.inTransaction(tx -> Uni.combine().all().unis(active(accounts.findById(tx, caller.id())),
                        active(accounts.findById(tx, targetId))).asTuple()
                .chain(both -> {
                    Account actor = both.getItem1();
                    Account target = both.getItem2();
                    boolean adminRights = tier.includes(Tier.ADMIN) || target.tier().includes(Tier.ADMIN);
                    if (!actor.tier().includes(adminRights ? Tier.SUPER_ADMIN : Tier.ADMIN)) {
                        throw new ProblemException(ProblemType.FORBIDDEN,
                                adminRights ? "only a super admin grants or removes admin rights" : "only admins change tiers");
                    }
                    Uni<Void> lastSuperAdminCheck = target.tier() == Tier.SUPER_ADMIN && tier != Tier.SUPER_ADMIN
                            ? accounts.lockSuperAdmins(tx).invoke(superAdmins -> {
                                if (superAdmins.size() <= 1) {
                                    throw new ProblemException(ProblemType.CONFLICT, "the last super admin cannot be demoted");
                                }
                            }).replaceWithVoid()
                            : Uni.createFrom().voidItem();
                    // The old tier's tokens stop working everywhere, and its sessions end, so no refresh hands it out again.
                    return lastSuperAdminCheck
                            .chain(() -> accounts.updateTier(tx, targetId, tier))
                            .chain(() -> audit.record(tx, AuditAction.TIER_CHANGE, "success", new AuditLog.Origin(actor.id().toString(), ip),
                                    targetId, target.tier() + " -> " + tier,
                                    new AuditLog.Target("accounts:" + targetId, "{\"tier\":\"" + target.tier() + "\"}", "{\"tier\":\"" + tier + "\"}")))
                            .chain(() -> sessions.revokeAll(tx, targetId, "tier changed to " + tier))
                            .chain(ended -> active(accounts.findById(tx, targetId)).map(account -> new TierChanged(account, ended)));
                }))
                .call(changed -> revocations.announce(changed.endedSessions()))
                .map(TierChanged::account);
    }

    public Uni<Page<AuditEntry>> audit(AuditQuery query, Cursor before, int limit) {
        return audit.page(database, query, before, limit + 1)
                .map(rows -> Cursor.page(rows, limit, entry -> Cursor.of(entry.occurredAt(), entry.id())));
    }

    /** Re-encrypts, in batches, every account still sealed with a PII key other than the active one. */
    public Uni<Integer> rotatePiiKeys(SignedInUser caller, String ip) {
        return resealBatch(0).call(total -> audit.record(database, AuditAction.PII_KEY_ROTATION, "success",
                new AuditLog.Origin(caller.id().toString(), ip), null, total + " accounts re-encrypted",
                new AuditLog.Target("pii-keys", null, "{\"accountsReencrypted\":" + total + "}")));
    }

    private Uni<Integer> resealBatch(int doneSoFar) {
        return database.inTransaction(tx -> accounts.sealedWithOldKey(tx, ROTATION_BATCH)
                        .chain(ids -> Multi.createFrom().iterable(ids)
                                .onItem().transformToUniAndConcatenate(id -> accounts.reseal(tx, id))
                                .collect().asList()
                                .map(ignored -> ids.size())))
                .chain(count -> count == ROTATION_BATCH ? resealBatch(doneSoFar + count) : Uni.createFrom().item(doneSoFar + count));
    }

    private static Uni<Account> active(Uni<AccountRepository.Credentials> found) {
        return found.map(credentials -> {
            if (credentials == null || credentials.account().status() != AccountStatus.ACTIVE) {
                throw new ProblemException(ProblemType.NOT_FOUND, "no such account");
            }
            return credentials.account();
        });
    }
}
