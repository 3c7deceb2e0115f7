package com.wheyprice.auth.account;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.mail.AccountMails;
import com.wheyprice.auth.password.PasswordHasher;
import com.wheyprice.auth.password.PasswordPolicy;
import com.wheyprice.auth.session.Revocations;
import com.wheyprice.auth.session.SessionRepository;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/**
 * A new password for an account, by its owner (who gives the current one, {@link CurrentPassword})
 * or through a reset link. The new password must pass the password policy, and every other session
 * of the account ends, on every service within seconds: whoever else held the account is signed out.
 * The session asking, if any, stays. The owner is told by e-mail, so a change they did not make
 * does not go unnoticed.
 */
@ApplicationScoped
public class PasswordChanges {

    private final Database database;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final CurrentPassword currentPassword;
    private final AccountMails mails;
    private final AuditLog audit;
    private final Revocations revocations;

    PasswordChanges(Database database, AccountRepository accounts, SessionRepository sessions, PasswordHasher hasher, PasswordPolicy policy,
            CurrentPassword currentPassword, AccountMails mails, AuditLog audit, Revocations revocations) {
        this.database = database;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = policy;
        this.currentPassword = currentPassword;
        this.mails = mails;
        this.audit = audit;
        this.revocations = revocations;
    }

    public Uni<Void> change(UUID userId, UUID currentSession, AccountRequests.PasswordChange request, String ip) {
        return currentPassword.prove(userId, request.currentPassword(), ip)
                .chain(found -> hashed(request.newPassword(), found.account().email(), found.account().displayName()))
                .chain(hash -> database.inTransaction(tx -> store(tx, userId, currentSession, hash, AuditAction.PASSWORD_CHANGE, ip)))
                .chain(this::announce);
    }

    /** The hash of a new password that passed the policy, which the field {@code newPassword} is named in when it does not. */
    public Uni<String> hashed(String newPassword, String email, String displayName) {
        return policy.require("newPassword", newPassword, Emails.personalInputs(email, displayName)).chain(() -> hasher.hash(newPassword));
    }

    /** Sets the hash and ends the sessions, in the caller's transaction; answers the ended sessions, for {@link #announce}. */
    public Uni<List<UUID>> store(SqlSession tx, UUID userId, UUID currentSession, String hash, AuditAction action, String ip) {
        return accounts.updatePasswordHash(tx, userId, hash)
                .chain(() -> currentSession == null ? sessions.revokeAll(tx, userId, "password changed")
                        : sessions.revokeAllBut(tx, userId, currentSession, "password changed"))
                .call(() -> mails.write(tx, userId, AccountMailKind.PASSWORD_CHANGED))
                .call(ended -> audit.record(tx, action, "success", new AuditLog.Origin(userId.toString(), ip), userId,
                        ended.size() + " other sessions ended"));
    }

    /** After the commit: the ended sessions stop working everywhere, and the owner's notice goes out. */
    public Uni<Void> announce(List<UUID> ended) {
        return revocations.announce(ended).call(mails::publish);
    }
}
