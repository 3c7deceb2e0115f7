package com.wheyprice.auth.account;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.Account;
import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.api.AccountStatus;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.DataExport;
import com.wheyprice.auth.api.Registration;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.api.TokenResponse;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.crypto.PiiKeys;
import com.wheyprice.auth.mail.AccountMails;
import com.wheyprice.auth.mail.MailThrottle;
import com.wheyprice.auth.password.PasswordHasher;
import com.wheyprice.auth.password.PasswordPolicy;
import com.wheyprice.auth.session.SessionRepository;
import com.wheyprice.auth.session.SessionService;
import com.wheyprice.auth.throttle.LoginThrottle;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.input.Text;
import com.wheyprice.platform.api.ProblemType;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Accounts with passwords: sign-up, sign-in, the owner's view and export (erasure is
 * {@link com.wheyprice.auth.privacy.Erasures}'s). Sign-in answers an unknown email exactly as a
 * wrong password, after the same Argon2 work.
 */
@ApplicationScoped
public class AccountService {

    private static final String BAD_CREDENTIALS = "the email or password is not correct";

    private final Database database;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final SessionService sessionService;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final MailThrottle mailThrottle;
    private final AccountMails mails;
    private final PiiKeys keys;
    private final AuditLog audit;
    private final MeterRegistry metrics;
    private final Clock clock;

    AccountService(Database database, AccountRepository accounts, SessionRepository sessions, SessionService sessionService,
            PasswordHasher hasher, PasswordPolicy policy, LoginThrottle throttle, MailThrottle mailThrottle, AccountMails mails, PiiKeys keys,
            AuditLog audit, MeterRegistry metrics, Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.sessions = sessions;
        this.sessionService = sessionService;
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.mailThrottle = mailThrottle;
        this.mails = mails;
        this.keys = keys;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        // At zero from the start, so dashboards and rate() see the series before the first sign-up.
        metrics.counter("whey_auth_signups_total");
    }

    /**
     * Signs a person up, or, when the address already has an account, tells its owner instead;
     * both answer the same, after the same password checks and Argon2 work, so registering
     * reveals nothing about which addresses have accounts. A new account gets a link that
     * verifies its address ({@link AccountMailKind#VERIFY_ADDRESS}).
     */
    public Uni<Registration> register(AccountRequests.Register request, String ip) {
        String normalised = Emails.normalise(request.email());
        String displayName = request.displayName().trim();
        Text.displayNameRefusal(displayName).ifPresent(reason -> {
            throw ProblemException.invalidField("displayName", reason);
        });
        return policy.require("password", request.password(), Emails.personalInputs(normalised, displayName))
                .chain(() -> hasher.hash(request.password()))
                .chain(hash -> database.inTransaction(tx -> accounts.insert(tx, normalised, displayName, hash, false, Tier.USER)
                        .chain(account -> account != null ? welcome(tx, account, ip) : alreadyRegistered(tx, normalised, ip))))
                .invoke(created -> {
                    if (created) {
                        metrics.counter("whey_auth_signups_total").increment();
                    }
                })
                .call(mails::publish)
                .replaceWith(new Registration(normalised));
    }

    private Uni<Boolean> welcome(SqlSession tx, Account account, String ip) {
        return mails.write(tx, account.id(), AccountMailKind.VERIFY_ADDRESS)
                .call(() -> audit.record(tx, AuditAction.SIGNUP, "created", AuditLog.Origin.anonymous(ip), account.id(), null))
                .replaceWith(true);
    }

    /** The owner hears of the attempt (at most {@code AUTH_MAIL_PER_ADDRESS} times a window, so this cannot flood their inbox). */
    private Uni<Boolean> alreadyRegistered(SqlSession tx, String email, String ip) {
        return accounts.findByEmail(tx, email).chain(owner -> owner == null ? Uni.createFrom().item(false)
                : mailThrottle.toAddress(keys.blindIndex().of(email)).chain(allowed -> (allowed
                                ? mails.write(tx, owner.account().id(), AccountMailKind.ALREADY_REGISTERED)
                                : Uni.createFrom().voidItem())
                        .call(() -> audit.record(tx, AuditAction.SIGNUP, "address has an account", AuditLog.Origin.anonymous(ip),
                                owner.account().id(), allowed ? "owner told" : "owner already told often in this window"))
                        .replaceWith(false)));
    }

    /** Creates a password account of any tier; refuses a weak password or a taken email. */
    public Uni<Account> create(String email, String password, String displayName, Tier tier, AuditAction action, String ip) {
        String normalised = Emails.normalise(email);
        Text.displayNameRefusal(displayName).ifPresent(reason -> {
            throw ProblemException.invalidField("displayName", reason);
        });
        return policy.require("password", password, Emails.personalInputs(normalised, displayName))
                .chain(() -> hasher.hash(password)).chain(hash -> database.inTransaction(tx -> accounts.insert(tx, normalised, displayName, hash, false, tier)
                .call(account -> {
                    if (account == null) {
                        throw new ProblemException(ProblemType.CONFLICT, "an account with this email already exists");
                    }
                    return audit.record(tx, action, "created", AuditLog.Origin.anonymous(ip), account.id(), null);
                })));
    }

    public Uni<TokenResponse> login(AccountRequests.Login request, String device, String ip) {
        String accountIndex = keys.blindIndex().of(Emails.normalise(request.email()));
        return throttle.checkAllowed(ip, accountIndex)
                .onFailure(ProblemException.class).invoke(() -> metrics.counter("whey_auth_logins_total", "outcome", "throttled").increment())
                .chain(() -> accounts.findByEmail(database, request.email()))
                .chain(found -> {
                    boolean active = found != null && found.account().status() == AccountStatus.ACTIVE;
                    return hasher.verify(request.password(), active ? found.passwordHash() : null)
                            .chain(matches -> matches
                                    ? signIn(found, request.password(), device, ip, accountIndex)
                                    : refuse(found, ip, accountIndex));
                });
    }

    private Uni<TokenResponse> signIn(AccountRepository.Credentials found, String password, String device, String ip, String accountIndex) {
        Account account = found.account();
        Uni<String> rehash = hasher.needsRehash(found.passwordHash()) ? hasher.hash(password) : Uni.createFrom().nullItem();
        return rehash.chain(newHash -> database.inTransaction(tx -> (newHash == null
                        ? Uni.createFrom().voidItem()
                        : accounts.updatePasswordHash(tx, account.id(), newHash).replaceWithVoid())
                        .chain(() -> sessionService.open(tx, account, device, ip))
                        .call(() -> audit.record(tx, AuditAction.LOGIN, "success", new AuditLog.Origin(account.id().toString(), ip),
                                account.id(), newHash == null ? null : "password rehashed at current cost"))))
                .call(() -> throttle.recordSuccess(ip, accountIndex))
                .call(mails::publish)
                .invoke(() -> metrics.counter("whey_auth_logins_total", "outcome", "success").increment());
    }

    private Uni<TokenResponse> refuse(AccountRepository.Credentials found, String ip, String accountIndex) {
        UUID subject = found == null ? null : found.account().id();
        return throttle.recordFailure(ip, accountIndex)
                .call(() -> audit.record(database, AuditAction.LOGIN, "failure", AuditLog.Origin.anonymous(ip), subject, null))
                .invoke(() -> metrics.counter("whey_auth_logins_total", "outcome", "failure").increment())
                .map(ignored -> {
                    throw new ProblemException(ProblemType.UNAUTHORIZED, BAD_CREDENTIALS);
                });
    }

    public Uni<Account> profile(UUID userId) {
        return accounts.findById(database, userId).map(found -> {
            if (found == null || found.account().status() != AccountStatus.ACTIVE) {
                throw new ProblemException(ProblemType.NOT_FOUND, "this account no longer exists");
            }
            return found.account();
        });
    }

    public Uni<DataExport> export(UUID userId, String ip) {
        return profile(userId).chain(account -> database.inTransaction(tx -> audit.record(tx, AuditAction.EXPORT, "success",
                        new AuditLog.Origin(userId.toString(), ip), userId, null)
                .chain(() -> Uni.combine().all().unis(accounts.identitiesOf(tx, userId), sessions.ofUser(tx, userId, false),
                        audit.about(tx, userId)).asTuple())
                .map(parts -> new DataExport(clock.instant(), account, parts.getItem1(), parts.getItem2(), parts.getItem3()))));
    }
}
