package com.wheyprice.auth.account;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.crypto.PiiKeys;
import com.wheyprice.auth.mail.AccountMails;
import com.wheyprice.auth.mail.MailThrottle;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;

/**
 * Proving that an account's address is its owner's. Registration mails the link; the owner may
 * ask for another while signed in. Until the address is proven the platform sends it nothing but
 * account messages (no price alerts, no discovery news), so nobody can have alerts mailed to an
 * address that is not theirs.
 */
@ApplicationScoped
public class AddressVerifications {

    private final Database database;
    private final AccountRepository accounts;
    private final AccountService profiles;
    private final AccountMails mails;
    private final MailThrottle throttle;
    private final PiiKeys keys;
    private final AuditLog audit;

    AddressVerifications(Database database, AccountRepository accounts, AccountService profiles, AccountMails mails, MailThrottle throttle,
            PiiKeys keys, AuditLog audit) {
        this.database = database;
        this.accounts = accounts;
        this.profiles = profiles;
        this.mails = mails;
        this.throttle = throttle;
        this.keys = keys;
        this.audit = audit;
    }

    /** Mails the signed-in owner a new link; 409 when the address is already proven, 429 past {@code AUTH_MAIL_PER_ADDRESS}. */
    public Uni<Void> resend(UUID userId) {
        return profiles.profile(userId).chain(account -> {
            if (account.emailVerified()) {
                throw new ProblemException(ProblemType.CONFLICT, "this account's address is already verified");
            }
            return throttle.toAddress(keys.blindIndex().of(account.email())).chain(allowed -> {
                if (!allowed) {
                    throw ProblemException.tooManyRequests("a verification link went to this address a short while ago; use that one",
                            Duration.ofMinutes(10));
                }
                return database.inTransaction(tx -> mails.write(tx, userId, AccountMailKind.VERIFY_ADDRESS)).call(mails::publish);
            });
        });
    }

    /** Marks the address proven with the link's token; 400 naming {@code token} when the link does not work. */
    public Uni<Void> confirm(AccountRequests.LinkConfirmation request, String ip) {
        return database.inTransaction(tx -> mails.redeem(tx, request.token(), AccountMailKind.VERIFY_ADDRESS)
                .call(link -> accounts.markVerified(tx, link.userId()))
                .call(link -> audit.record(tx, AuditAction.ADDRESS_VERIFICATION, "success", new AuditLog.Origin(link.userId().toString(), ip),
                        link.userId(), null))
                .replaceWithVoid());
    }
}
