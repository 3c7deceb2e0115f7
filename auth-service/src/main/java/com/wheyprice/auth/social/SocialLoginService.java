package com.wheyprice.auth.social;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.account.AccountRepository;
import com.wheyprice.auth.api.Account;
import com.wheyprice.auth.api.AccountStatus;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.api.TokenResponse;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.mail.AccountMails;
import com.wheyprice.auth.session.SessionService;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Turns a finished social sign-in into a platform session: the provider identity's account if
 * it is linked; else the account with the same email, linked now, but only when the provider
 * vouches for the email; else a new account. Two callbacks racing for the same new person end
 * in one account (the unique email and identity keys decide).
 */
@ApplicationScoped
public class SocialLoginService {

    private final Database database;
    private final AccountRepository accounts;
    private final SessionService sessions;
    private final AuditLog audit;
    private final MeterRegistry metrics;
    private final AccountMails mails;

    SocialLoginService(Database database, AccountRepository accounts, SessionService sessions, AuditLog audit, MeterRegistry metrics,
            AccountMails mails) {
        this.database = database;
        this.accounts = accounts;
        this.sessions = sessions;
        this.mails = mails;
        this.audit = audit;
        this.metrics = metrics;
    }

    public Uni<TokenResponse> signIn(SocialProvider provider, SocialProvider.Profile profile, String device, String ip) {
        if (profile.subject() == null || profile.subject().isBlank()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, provider.id() + " did not say who signed in");
        }
        return database.inTransaction(tx -> accounts.findByIdentity(tx, provider.id(), profile.subject())
                        .chain(linked -> linked != null
                                ? Uni.createFrom().item(linked.account())
                                : linkOrCreate(tx, provider, profile, ip))
                        .chain(account -> {
                            if (account.status() != AccountStatus.ACTIVE) {
                                throw new ProblemException(ProblemType.UNAUTHORIZED, "this account no longer exists");
                            }
                            return sessions.open(tx, account, device, ip)
                                    .call(() -> audit.record(tx, AuditAction.LOGIN, "success via " + provider.id(),
                                            new AuditLog.Origin(account.id().toString(), ip), account.id(), null));
                        }))
                .call(mails::publish)
                .invoke(() -> metrics.counter("whey_auth_logins_total", "outcome", "success_" + provider.id()).increment());
    }

    private Uni<Account> linkOrCreate(SqlSession tx, SocialProvider provider, SocialProvider.Profile profile, String ip) {
        if (profile.email() == null || profile.email().isBlank()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, provider.id() + " shared no email address; allow access to your email and try again");
        }
        return accounts.findByEmail(tx, profile.email()).chain(existing -> {
            if (existing != null) {
                return linkExisting(tx, provider, profile, existing.account(), ip);
            }
            String name = profile.name() == null || profile.name().isBlank() ? profile.email() : profile.name();
            return accounts.insert(tx, profile.email(), name, null, profile.emailVerified(), Tier.USER)
                    .chain(created -> created == null
                            ? accounts.findByEmail(tx, profile.email()).chain(raced -> linkExisting(tx, provider, profile, raced.account(), ip))
                            : link(tx, provider, profile, created, ip, AuditAction.SIGNUP)
                                    .invoke(() -> metrics.counter("whey_auth_signups_total").increment()));
        });
    }

    private Uni<Account> linkExisting(SqlSession tx, SocialProvider provider, SocialProvider.Profile profile, Account account, String ip) {
        if (!profile.emailVerified()) {
            throw new ProblemException(ProblemType.CONFLICT, "an account with this email exists; sign in with its password, since "
                    + provider.id() + " does not confirm that the email is yours");
        }
        return link(tx, provider, profile, account, ip, AuditAction.SOCIAL_LINK);
    }

    private Uni<Account> link(SqlSession tx, SocialProvider provider, SocialProvider.Profile profile, Account account, String ip,
            AuditAction action) {
        return accounts.link(tx, provider.id(), profile.subject(), account.id())
                .call(() -> audit.record(tx, action, "linked " + provider.id(), new AuditLog.Origin(account.id().toString(), ip),
                        account.id(), null))
                .replaceWith(account);
    }
}
