package com.wheyprice.auth.account;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.api.AccountStatus;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.crypto.PiiKeys;
import com.wheyprice.auth.password.PasswordHasher;
import com.wheyprice.auth.password.PasswordPolicy;
import com.wheyprice.auth.session.Revocations;
import com.wheyprice.auth.session.SessionRepository;
import com.wheyprice.auth.throttle.LoginThrottle;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;

/**
 * A signed-in user changes their password. The current password must be given (and wrong guesses
 * count against the sign-in throttle, so a stolen token cannot be used to guess it), the new one
 * must pass the password policy, and every other session of the user ends, on every service
 * within seconds: whoever else held the account is signed out. The session asking stays.
 */
@ApplicationScoped
public class PasswordChanges {

    private final Database database;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final PiiKeys keys;
    private final AuditLog audit;
    private final Revocations revocations;

    PasswordChanges(Database database, AccountRepository accounts, SessionRepository sessions, PasswordHasher hasher, PasswordPolicy policy,
            LoginThrottle throttle, PiiKeys keys, AuditLog audit, Revocations revocations) {
        this.database = database;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.keys = keys;
        this.audit = audit;
        this.revocations = revocations;
    }

    public Uni<Void> change(UUID userId, UUID currentSession, AccountRequests.PasswordChange request, String ip) {
        return accounts.findById(database, userId).chain(found -> {
            if (found == null || found.account().status() != AccountStatus.ACTIVE) {
                throw new ProblemException(ProblemType.NOT_FOUND, "this account no longer exists");
            }
            String email = found.account().email();
            String accountIndex = keys.blindIndex().of(email);
            return throttle.checkAllowed(ip, accountIndex)
                    .chain(() -> hasher.verify(request.currentPassword(), found.passwordHash()))
                    .chain(matches -> {
                        if (!matches) {
                            return throttle.recordFailure(ip, accountIndex).invoke(() -> {
                                throw ProblemException.invalidField("currentPassword", "is not this account's password");
                            });
                        }
                        return policy.require("newPassword", request.newPassword(), Emails.personalInputs(email, found.account().displayName()))
                                .chain(() -> hasher.hash(request.newPassword()))
                                .chain(hash -> store(userId, currentSession, hash, ip));
                    });
        });
    }

    private Uni<Void> store(UUID userId, UUID currentSession, String hash, String ip) {
        return database.inTransaction(tx -> accounts.updatePasswordHash(tx, userId, hash)
                        .chain(() -> currentSession == null ? sessions.revokeAll(tx, userId, "password changed")
                                : sessions.revokeAllBut(tx, userId, currentSession, "password changed"))
                        .call(ended -> audit.record(tx, AuditAction.PASSWORD_CHANGE, "success", new AuditLog.Origin(userId.toString(), ip), userId,
                                ended.size() + " other sessions ended")))
                .chain(revocations::announce);
    }
}
