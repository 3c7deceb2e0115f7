package com.wheyprice.auth.account;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.crypto.PiiKeys;
import com.wheyprice.auth.mail.AccountMails;
import com.wheyprice.auth.mail.MailThrottle;
import com.wheyprice.auth.session.Revocations;
import com.wheyprice.auth.session.SessionRepository;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;

/**
 * A signed-in owner moves the account to a new address. The current password is the proof; the
 * change takes effect only once confirmed from a link mailed to the new address, so nobody can
 * move an account to an address they do not read. Then the old address is told (an owner whose
 * account was taken over learns of it), and every session but the one that asked ends. An address
 * that already has an account gets the same note registration sends, and the answer is the same,
 * so this cannot be used to find out which addresses have accounts.
 */
@ApplicationScoped
public class AddressChanges {

    private final Database database;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final CurrentPassword currentPassword;
    private final AccountMails mails;
    private final MailThrottle throttle;
    private final PiiKeys keys;
    private final AuditLog audit;
    private final Revocations revocations;

    AddressChanges(Database database, AccountRepository accounts, SessionRepository sessions, CurrentPassword currentPassword, AccountMails mails,
            MailThrottle throttle, PiiKeys keys, AuditLog audit, Revocations revocations) {
        this.database = database;
        this.accounts = accounts;
        this.sessions = sessions;
        this.currentPassword = currentPassword;
        this.mails = mails;
        this.throttle = throttle;
        this.keys = keys;
        this.audit = audit;
        this.revocations = revocations;
    }

    /** Mails the confirmation link to the new address (or, when it has an account, a note to that account's owner). */
    public Uni<Void> request(UUID userId, UUID sessionId, AccountRequests.AddressChange request, String ip) {
        String newEmail = Emails.normalise(request.newEmail());
        return currentPassword.prove(userId, request.currentPassword(), ip).chain(found -> {
            if (found.account().email().equals(newEmail)) {
                throw ProblemException.invalidField("newEmail", "is already this account's address");
            }
            return throttle.toAddress(keys.blindIndex().of(newEmail)).chain(allowed -> !allowed ? Uni.createFrom().voidItem()
                    : database.inTransaction(tx -> accounts.findByEmail(tx, newEmail)
                                    .chain(owner -> owner != null
                                            ? mails.write(tx, owner.account().id(), AccountMailKind.ALREADY_REGISTERED)
                                            : mails.write(tx, userId, AccountMailKind.CONFIRM_NEW_ADDRESS, AccountMails.Details.to(newEmail, sessionId)))
                                    .call(() -> audit.record(tx, AuditAction.ADDRESS_CHANGE_REQUEST, "link sent",
                                            new AuditLog.Origin(userId.toString(), ip), userId, null)))
                            .call(mails::publish));
        });
    }

    /** Makes the link's new address the account's; 400 naming {@code token} when the link does not work, 409 when the address was taken meanwhile. */
    public Uni<Void> confirm(AccountRequests.LinkConfirmation request, String ip) {
        return database.inTransaction(tx -> mails.redeem(tx, request.token(), AccountMailKind.CONFIRM_NEW_ADDRESS)
                        .chain(link -> accounts.findById(tx, link.userId()).chain(found -> accounts.changeEmail(tx, link.userId(), link.otherAddress())
                                .chain(changed -> {
                                    if (changed == 0) {
                                        throw new ProblemException(ProblemType.CONFLICT, "this address has an account of its own now");
                                    }
                                    return mails.write(tx, link.userId(), AccountMailKind.ADDRESS_CHANGED,
                                            AccountMails.Details.to(found.account().email(), null));
                                })
                                .chain(() -> link.sessionId() == null ? sessions.revokeAll(tx, link.userId(), "address changed")
                                        : sessions.revokeAllBut(tx, link.userId(), link.sessionId(), "address changed"))
                                .call(ended -> audit.record(tx, AuditAction.ADDRESS_CHANGE, "success", new AuditLog.Origin(link.userId().toString(), ip),
                                        link.userId(), ended.size() + " other sessions ended")))))
                .call(revocations::announce)
                .call(mails::publish)
                .replaceWithVoid();
    }
}
