package com.wheyprice.auth.session;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.account.AccountRepository;
import com.wheyprice.auth.api.Account;
import com.wheyprice.auth.api.AccountMail;
import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.AccountStatus;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.Session;
import com.wheyprice.auth.api.TokenResponse;
import com.wheyprice.auth.audit.AuditLog;
import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.auth.crypto.OpaqueTokens;
import com.wheyprice.auth.mail.AccountMails;
import com.wheyprice.auth.token.TokenIssuer;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Sessions and their refresh-token families: a login opens a session; every refresh rotates
 * its token; presenting a token that was already rotated means it was copied, so the whole
 * session is revoked (its current token with it) and the event is audited.
 */
@ApplicationScoped
public class SessionService {

    private final Database database;
    private final SessionRepository sessions;
    private final AccountRepository accounts;
    private final TokenIssuer issuer;
    private final AuditLog audit;
    private final AuthConfig config;
    private final MeterRegistry metrics;
    private final Revocations revocations;
    private final AccountMails mails;
    private final Clock clock;

    SessionService(Database database, SessionRepository sessions, AccountRepository accounts, TokenIssuer issuer, AuditLog audit,
            AuthConfig config, MeterRegistry metrics, Revocations revocations, AccountMails mails, Clock clock) {
        this.database = database;
        this.sessions = sessions;
        this.accounts = accounts;
        this.issuer = issuer;
        this.audit = audit;
        this.config = config;
        this.metrics = metrics;
        this.revocations = revocations;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Opens a session for a signed-in account, inside the caller's transaction. A sign-in from a
     * device and address the account never used writes a {@link AccountMailKind#NEW_SIGN_IN}
     * message; whether it is sent is the owner's choice in notification-service (on by default
     * for admins). The caller publishes it after the commit ({@link AccountMails#publish}).
     */
    public Uni<TokenResponse> open(SqlSession tx, Account account, String device, String ip) {
        Instant now = clock.instant();
        Session session = new Session(UUID.randomUUID(), account.id(), device, ip, now, now, null, null);
        String refreshToken = OpaqueTokens.generate(OpaqueTokens.REFRESH);
        return sessions.isNewPlace(tx, account.id(), device, ip)
                .call(news -> news ? mails.write(tx, account.id(), AccountMailKind.NEW_SIGN_IN,
                        AccountMails.Details.of(new AccountMail.SignIn(device, ip, now))) : Uni.createFrom().voidItem())
                .chain(() -> sessions.open(tx, session))
                .chain(() -> sessions.addRefreshToken(tx, OpaqueTokens.hash(refreshToken), session.id(), now, now.plus(config.refreshTokenTtl())))
                .map(ignored -> issuer.forUser(account.id(), account.tier(), session.id(), refreshToken));
    }

    private sealed interface Outcome {
    }

    private record Issued(TokenResponse tokens) implements Outcome {
    }

    /** {@code revokedSession}: the session a reused token belonged to, which the refusal ended. */
    private record Refused(String reason, UUID revokedSession) implements Outcome {
        Refused(String reason) {
            this(reason, null);
        }
    }

    /** Exchanges a refresh token for a new access token and a new refresh token. */
    public Uni<TokenResponse> refresh(String refreshToken, String ip) {
        String hash = OpaqueTokens.hash(refreshToken);
        Instant now = clock.instant();
        // Refusals are returned rather than thrown so the revocation and audit they record commit.
        return database.<Outcome>inTransaction(tx -> sessions.consume(tx, hash, now).chain(sessionId -> sessionId == null
                        ? refuseUnusable(tx, hash, ip)
                        : rotate(tx, sessionId, ip, now)))
                .call(outcome -> outcome instanceof Refused refused && refused.revokedSession() != null
                        ? revocations.announce(List.of(refused.revokedSession()))
                        : Uni.createFrom().voidItem())
                .map(outcome -> {
                    if (outcome instanceof Issued issued) {
                        metrics.counter("whey_auth_token_refresh_total", "outcome", "success").increment();
                        return issued.tokens();
                    }
                    String reason = ((Refused) outcome).reason();
                    metrics.counter("whey_auth_token_refresh_total", "outcome", reason).increment();
                    throw new ProblemException(ProblemType.UNAUTHORIZED, "the refresh token is not valid; sign in again");
                });
    }

    private Uni<Outcome> refuseUnusable(SqlSession tx, String hash, String ip) {
        return sessions.sessionOfUsedToken(tx, hash).chain(reusedIn -> {
            if (reusedIn == null) {
                return Uni.createFrom().item(new Refused("invalid"));
            }
            return sessions.find(tx, reusedIn)
                    .call(() -> sessions.revoke(tx, reusedIn, "refresh token reused"))
                    .call(session -> audit.record(tx, AuditAction.TOKEN_REUSE_DETECTED, "session revoked",
                            AuditLog.Origin.anonymous(ip), session.userId(), "session " + reusedIn))
                    .map(ignored -> new Refused("reused", reusedIn));
        });
    }

    private Uni<Outcome> rotate(SqlSession tx, UUID sessionId, String ip, Instant now) {
        return sessions.find(tx, sessionId).chain(session -> {
            if (session.revoked()) {
                return Uni.createFrom().item(new Refused("revoked"));
            }
            return accounts.findById(tx, session.userId()).chain(credentials -> {
                Account account = credentials.account();
                if (account.status() != AccountStatus.ACTIVE) {
                    return Uni.createFrom().item(new Refused("revoked"));
                }
                String next = OpaqueTokens.generate(OpaqueTokens.REFRESH);
                return sessions.addRefreshToken(tx, OpaqueTokens.hash(next), sessionId, now, now.plus(config.refreshTokenTtl()))
                        .call(() -> sessions.touch(tx, sessionId, ip, now))
                        .map(ignored -> new Issued(issuer.forUser(account.id(), account.tier(), sessionId, next)));
            });
        });
    }
}
