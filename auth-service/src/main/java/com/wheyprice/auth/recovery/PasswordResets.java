package com.wheyprice.auth.recovery;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.account.AccountRepository;
import com.wheyprice.auth.account.AccountService;
import com.wheyprice.auth.account.Emails;
import com.wheyprice.auth.account.PasswordChanges;
import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.api.AccountStatus;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.crypto.PiiKeys;
import com.wheyprice.auth.mail.AccountMails;
import com.wheyprice.auth.mail.MailThrottle;
import com.wheyprice.common.db.Database;

import io.smallrye.mutiny.Uni;

/**
 * A forgotten password is not a lost account. Anyone may ask for a reset link for an address;
 * the answer never says whether it has an account, and requests are limited per client and per
 * address ({@link MailThrottle}). The link works once, for {@code AUTH_MAIL_RESET_TTL} (30 min),
 * and only the newest use of any open link counts. Setting the password through it ends every
 * session of the account, proves the address, and tells the owner.
 */
@ApplicationScoped
public class PasswordResets {

    private final Database database;
    private final AccountRepository accounts;
    private final AccountService profiles;
    private final AccountMails mails;
    private final MailThrottle throttle;
    private final PasswordChanges passwords;
    private final PiiKeys keys;
    private final AuditLog audit;

    PasswordResets(Database database, AccountRepository accounts, AccountService profiles, AccountMails mails, MailThrottle throttle,
            PasswordChanges passwords, PiiKeys keys, AuditLog audit) {
        this.database = database;
        this.accounts = accounts;
        this.profiles = profiles;
        this.mails = mails;
        this.throttle = throttle;
        this.passwords = passwords;
        this.keys = keys;
        this.audit = audit;
    }

    /** Mails a reset link when the address has an active account and was not sent too many; answers nothing either way. */
    public Uni<Void> request(AccountRequests.PasswordReset request, String ip) {
        String email = Emails.normalise(request.email());
        return throttle.fromClient(ip)
                .chain(() -> accounts.findByEmail(database, email))
                .chain(found -> found == null || found.account().status() != AccountStatus.ACTIVE ? Uni.createFrom().voidItem()
                        : throttle.toAddress(keys.blindIndex().of(email)).chain(allowed -> database.inTransaction(tx -> (allowed
                                        ? mails.write(tx, found.account().id(), AccountMailKind.PASSWORD_RESET)
                                        : Uni.createFrom().voidItem())
                                .call(() -> audit.record(tx, AuditAction.PASSWORD_RESET_REQUEST, allowed ? "link sent" : "throttled",
                                        AuditLog.Origin.anonymous(ip), found.account().id(), null)))
                                .call(mails::publish)));
    }

    /** Sets the new password with the link's token; 400 naming {@code token} or {@code newPassword} when either does not do. */
    public Uni<Void> confirm(AccountRequests.PasswordResetConfirmation request, String ip) {
        return mails.peek(database, request.token(), AccountMailKind.PASSWORD_RESET)
                .chain(link -> profiles.profile(link.userId()))
                .chain(account -> passwords.hashed(request.newPassword(), account.email(), account.displayName()))
                .chain(hash -> database.inTransaction(tx -> mails.redeem(tx, request.token(), AccountMailKind.PASSWORD_RESET)
                        .call(link -> accounts.markVerified(tx, link.userId()))
                        .chain(link -> passwords.store(tx, link.userId(), null, hash, AuditAction.PASSWORD_RESET, ip))))
                .chain(passwords::announce);
    }
}
