package com.wheyprice.auth.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.account.AccountRepository;
import com.wheyprice.auth.api.AccountMail;
import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.AccountStatus;
import com.wheyprice.auth.api.event.AccountMailRequested;
import com.wheyprice.auth.api.event.AuthStreams;
import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.auth.crypto.OpaqueTokens;
import com.wheyprice.auth.crypto.PiiCipher;
import com.wheyprice.auth.crypto.PiiKeys;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.event.Outbox;
import com.wheyprice.common.event.OutboxRelay;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The messages auth-service has sent about accounts (ADR 0010). A flow writes one in the
 * transaction of its change, with an {@link AccountMailRequested} event in the outbox;
 * notification-service reads the event and {@linkplain #open opens} the message when it sends it,
 * which is when a link's token is minted. Only the token's hash is kept, so neither a database
 * dump, the outbox nor Redis holds a working link. A link is redeemed once; redeeming it also
 * retires every other open link of its kind for the account, so an older reset mail stops working
 * once a newer one was used.
 */
@ApplicationScoped
public class AccountMails {

    /** A redeemed link: whose, the other address it was sent to and the session that asked (for an address change). */
    public record Redeemed(UUID mailId, UUID userId, String otherAddress, UUID sessionId) {
    }

    /**
     * What a message has beyond its account and kind.
     *
     * @param otherAddress where to send it instead of the account's address (the new or the old one of an address change)
     * @param signIn       the sign-in a {@link AccountMailKind#NEW_SIGN_IN} is about
     * @param sessionId    the session that asked for the change the link confirms
     */
    public record Details(String otherAddress, AccountMail.SignIn signIn, UUID sessionId) {

        public static final Details NONE = new Details(null, null, null);

        public static Details to(String address, UUID sessionId) {
            return new Details(address, null, sessionId);
        }

        public static Details of(AccountMail.SignIn signIn) {
            return new Details(null, signIn, null);
        }
    }

    private static final String INVALID_LINK = "this link is used, expired or not one of ours; ask for a new one";

    private final Database database;
    private final AccountRepository accounts;
    private final PiiKeys keys;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final AuthConfig.Mail config;
    private final Clock clock;

    AccountMails(Database database, AccountRepository accounts, PiiKeys keys, Outbox outbox, OutboxRelay relay, AuthConfig config,
            Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.keys = keys;
        this.outbox = outbox;
        this.relay = relay;
        this.config = config.mail();
        this.clock = clock;
    }

    /** Writes a message to the account's own address. */
    public Uni<Void> write(SqlSession tx, UUID userId, AccountMailKind kind) {
        return write(tx, userId, kind, Details.NONE);
    }

    /** Writes a message and its event, in the caller's transaction. */
    public Uni<Void> write(SqlSession tx, UUID userId, AccountMailKind kind, Details details) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        PiiCipher cipher = keys.cipher();
        String other = details.otherAddress();
        AccountMail.SignIn signIn = details.signIn();
        return tx.update("""
                        INSERT INTO auth_account_mail (id, user_id, kind, recipient_cipher, pii_key_id, device, session_id, ip, created_at, expires_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""",
                        id, userId, kind.name(), other == null ? null : cipher.seal(other, id), other == null ? null : cipher.activeKeyId(),
                        signIn == null ? null : signIn.device(), details.sessionId(), signIn == null ? null : signIn.ip(),
                        signIn == null ? now : signIn.at(), kind.hasLink() ? now.plus(lifetime(kind)) : null)
                .chain(() -> outbox.add(tx, AuthStreams.ACCOUNT_MAIL, (eventId, at) -> AccountMailRequested.of(eventId, at, userId, id, kind)));
    }

    /** Publishes what the outbox holds now, after a commit, so the message goes out within a moment; a failure is left to the schedule. */
    public Uni<Void> publish() {
        return relay.relay().onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * The message as it is to be sent now, with a freshly minted token when it carries a link
     * (the token of an earlier opening stops working). 404 when there is no such message, its
     * account is erased, or its link was used or has expired: it is not to be sent.
     */
    public Uni<AccountMail> open(UUID mailId) {
        Instant now = clock.instant();
        return database.inTransaction(tx -> tx.first("""
                        SELECT id, user_id, kind, recipient_cipher, pii_key_id, device, ip, created_at, expires_at, used_at
                          FROM auth_account_mail WHERE id = $1""", row -> row, mailId)
                .chain(row -> {
                    if (row == null || Rows.instant(row, "used_at") != null
                            || (Rows.instant(row, "expires_at") != null && !Rows.instant(row, "expires_at").isAfter(now))) {
                        throw new ProblemException(ProblemType.NOT_FOUND, "no such message to send: unknown, its link used, or expired");
                    }
                    UUID userId = Rows.uuid(row, "user_id");
                    return accounts.findById(tx, userId).chain(found -> {
                        if (found == null || found.account().status() != AccountStatus.ACTIVE) {
                            throw new ProblemException(ProblemType.NOT_FOUND, "the account this message is about is erased");
                        }
                        AccountMailKind kind = AccountMailKind.valueOf(row.getString("kind"));
                        String other = otherAddress(row);
                        String token = kind.hasLink() ? OpaqueTokens.generate(OpaqueTokens.LINK) : null;
                        Uni<Integer> minted = token == null ? Uni.createFrom().item(0)
                                : tx.update("UPDATE auth_account_mail SET token_hash = $2 WHERE id = $1", mailId, OpaqueTokens.hash(token));
                        return minted.map(ignored -> new AccountMail(mailId, kind, userId, other != null ? other : found.account().email(),
                                found.account().displayName(), found.account().tier(), token, Rows.instant(row, "expires_at"),
                                kind == AccountMailKind.NEW_SIGN_IN
                                        ? new AccountMail.SignIn(row.getString("device"), row.getString("ip"), Rows.instant(row, "created_at"))
                                        : null,
                                kind == AccountMailKind.ADDRESS_CHANGED ? hint(found.account().email()) : null));
                    });
                }));
    }

    /** The link a token opens, without using it (to check what comes with it first); 400 naming {@code token} when it is not usable. */
    public Uni<Redeemed> peek(SqlSession tx, String token, AccountMailKind kind) {
        return tx.first("SELECT id, user_id, recipient_cipher, pii_key_id, session_id FROM auth_account_mail"
                        + " WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3", this::redeemed,
                        OpaqueTokens.hash(token), kind.name(), clock.instant())
                .invoke(AccountMails::requireUsable);
    }

    /**
     * Uses a link of the given kind, once: fails with 400 naming {@code token} when it is unknown,
     * used or expired. Every other open link of that kind for the account is retired with it.
     */
    public Uni<Redeemed> redeem(SqlSession tx, String token, AccountMailKind kind) {
        Instant now = clock.instant();
        return tx.first("""
                        UPDATE auth_account_mail SET used_at = $3
                         WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3
                        RETURNING id, user_id, recipient_cipher, pii_key_id, session_id""", this::redeemed,
                        OpaqueTokens.hash(token), kind.name(), now)
                .invoke(AccountMails::requireUsable)
                .call(redeemed -> tx.update("UPDATE auth_account_mail SET used_at = $3 WHERE user_id = $1 AND kind = $2 AND used_at IS NULL",
                        redeemed.userId(), kind.name(), now));
    }

    private Redeemed redeemed(Row row) {
        return new Redeemed(Rows.uuid(row, "id"), Rows.uuid(row, "user_id"), otherAddress(row), Rows.uuid(row, "session_id"));
    }

    private static void requireUsable(Redeemed link) {
        if (link == null) {
            throw ProblemException.invalidField("token", INVALID_LINK);
        }
    }

    private String otherAddress(Row row) {
        String sealed = row.getString("recipient_cipher");
        return sealed == null ? null : keys.cipher().open(sealed, row.getString("pii_key_id"), Rows.uuid(row, "id"));
    }

    private Duration lifetime(AccountMailKind kind) {
        return switch (kind) {
            case PASSWORD_RESET -> config.resetTtl();
            case CONFIRM_NEW_ADDRESS -> config.addressChangeTtl();
            default -> config.verificationTtl();
        };
    }

    /** An address with most of its local part hidden ({@code a***@example.com}), to name it without spelling it out. */
    static String hint(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
