package com.wheyprice.auth.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.Account;
import com.wheyprice.auth.api.AccountStatus;
import com.wheyprice.auth.api.DataExport;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.crypto.PiiCipher;
import com.wheyprice.auth.crypto.PiiKeys;
import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.paging.Cursor;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The {@code auth_user} and {@code auth_identity} tables. Personal data is sealed on the way in
 * and opened on the way out, so nothing above this class handles ciphertext, and accounts are
 * found by email only through the blind index.
 */
@ApplicationScoped
public class AccountRepository {

    private static final String COLUMNS = "id, email_cipher, display_name_cipher, pii_key_id, email_verified, password_hash, tier, status, created_at, updated_at";

    private final PiiKeys keys;
    private final Clock clock;

    AccountRepository(PiiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** An account with its password hash, for the few places that check or change it. */
    public record Credentials(Account account, String passwordHash) {
    }

    /** Creates the account, or returns {@code null} when one with this email already exists. */
    public Uni<Account> insert(SqlSession sql, String email, String displayName, String passwordHash, boolean emailVerified, Tier tier) {
        UUID id = UUID.randomUUID();
        PiiCipher cipher = keys.cipher();
        Instant now = clock.instant();
        return sql.first("""
                INSERT INTO auth_user (id, email_index, email_cipher, display_name_cipher, pii_key_id, email_verified,
                                       password_hash, tier, status, created_at, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'ACTIVE', $9, $9)
                ON CONFLICT (email_index) DO NOTHING
                RETURNING id""", row -> Rows.uuid(row, "id"),
                id, keys.blindIndex().of(Emails.normalise(email)), cipher.seal(Emails.normalise(email), id),
                cipher.seal(displayName, id), cipher.activeKeyId(), emailVerified, passwordHash, tier, now)
                .map(inserted -> inserted == null ? null
                        : new Account(id, Emails.normalise(email), displayName, emailVerified, tier, AccountStatus.ACTIVE, now, now));
    }

    public Uni<Credentials> findByEmail(SqlSession sql, String email) {
        return sql.first("SELECT " + COLUMNS + " FROM auth_user WHERE email_index = $1", this::credentials,
                keys.blindIndex().of(Emails.normalise(email)));
    }

    public Uni<Credentials> findById(SqlSession sql, UUID id) {
        return sql.first("SELECT " + COLUMNS + " FROM auth_user WHERE id = $1", this::credentials, id);
    }

    public Uni<Integer> updatePasswordHash(SqlSession sql, UUID id, String passwordHash) {
        return sql.update("UPDATE auth_user SET password_hash = $2, updated_at = $3 WHERE id = $1", id, passwordHash, clock.instant());
    }

    /** Marks the account's address as proven (a link sent to it was used). */
    public Uni<Integer> markVerified(SqlSession sql, UUID id) {
        return sql.update("UPDATE auth_user SET email_verified = $2, updated_at = $3 WHERE id = $1 AND status = 'ACTIVE'", id, true, clock.instant());
    }

    /**
     * Gives the account a new, proven address, sealed with the active key (the display name is
     * resealed first, so the row keeps one key); 0 when another account has the address meanwhile.
     */
    public Uni<Integer> changeEmail(SqlSession sql, UUID id, String email) {
        String normalised = Emails.normalise(email);
        PiiCipher cipher = keys.cipher();
        return reseal(sql, id).chain(() -> sql.update("""
                UPDATE auth_user SET email_index = $2, email_cipher = $3, email_verified = $4, updated_at = $5
                 WHERE id = $1 AND status = 'ACTIVE'
                   AND NOT EXISTS (SELECT 1 FROM auth_user other WHERE other.email_index = $2 AND other.id <> $1)""",
                id, keys.blindIndex().of(normalised), cipher.seal(normalised, id), true, clock.instant()));
    }

    public Uni<Integer> updateTier(SqlSession sql, UUID id, Tier tier) {
        return sql.update("UPDATE auth_user SET tier = $2, updated_at = $3 WHERE id = $1", id, tier, clock.instant());
    }

    /** Ids of the active super admins, locked until the transaction ends so two demotions cannot both pass. */
    public Uni<List<UUID>> lockSuperAdmins(SqlSession sql) {
        return sql.list("SELECT id FROM auth_user WHERE tier = 'SUPER_ADMIN' AND status = 'ACTIVE'" + sql.dialect().forUpdate(),
                row -> Rows.uuid(row, "id"));
    }

    public Uni<Long> count(SqlSession sql) {
        return sql.first("SELECT COUNT(*) AS n FROM auth_user", row -> Rows.count(row, "n"));
    }

    /** A page of accounts in creation order, optionally of one tier, after the given position. */
    public Uni<List<Account>> page(SqlSession sql, Tier tier, Cursor after, int limit) {
        Conditions where = new Conditions().andIfPresent("tier = ?", tier);
        if (after != null) {
            where.and("(created_at > ? OR (created_at = ? AND id > ?))", after.at(), after.at(), after.id());
        }
        return sql.list("SELECT " + COLUMNS + " FROM auth_user" + where.where() + " ORDER BY created_at, id LIMIT " + where.next(),
                row -> credentials(row).account(), where.params(limit));
    }

    /** Removes every piece of personal data (messages about the account too); the row (and so the id in the audit trail) remains. */
    public Uni<Integer> erase(SqlSession sql, UUID id) {
        return sql.update("""
                UPDATE auth_user
                   SET email_index = $2, email_cipher = '', display_name_cipher = '', password_hash = NULL,
                       status = 'ERASED', email_verified = $3, updated_at = $4
                 WHERE id = $1 AND status = 'ACTIVE'""", id, "erased:" + id, false, clock.instant())
                .call(() -> sql.update("DELETE FROM auth_identity WHERE user_id = $1", id))
                .call(() -> sql.update("DELETE FROM auth_account_mail WHERE user_id = $1", id));
    }

    /** The account a provider's identity is linked to, or {@code null}. */
    public Uni<Credentials> findByIdentity(SqlSession sql, String provider, String subject) {
        return sql.first("SELECT u.id FROM auth_identity i JOIN auth_user u ON u.id = i.user_id WHERE i.provider = $1 AND i.subject = $2",
                row -> Rows.uuid(row, "id"), provider, subject)
                .chain(id -> id == null ? Uni.createFrom().nullItem() : findById(sql, id));
    }

    /** Links a provider's identity to an account; linking the same identity again changes nothing. */
    public Uni<Integer> link(SqlSession sql, String provider, String subject, UUID userId) {
        return sql.update("INSERT INTO auth_identity (provider, subject, user_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                provider, subject, userId, clock.instant());
    }

    public Uni<List<DataExport.LinkedIdentity>> identitiesOf(SqlSession sql, UUID userId) {
        return sql.list("SELECT provider, subject, created_at FROM auth_identity WHERE user_id = $1 ORDER BY created_at",
                row -> new DataExport.LinkedIdentity(row.getString("provider"), row.getString("subject"), Rows.instant(row, "created_at")), userId);
    }

    /** Accounts whose personal data is sealed with another key than the active one, for key rotation. */
    public Uni<List<UUID>> sealedWithOldKey(SqlSession sql, int limit) {
        return sql.list("SELECT id FROM auth_user WHERE pii_key_id <> $1 AND status = 'ACTIVE' LIMIT $2",
                row -> Rows.uuid(row, "id"), keys.cipher().activeKeyId(), limit);
    }

    /** Re-encrypts one account's personal data with the active key. */
    public Uni<Integer> reseal(SqlSession sql, UUID id) {
        return sql.first("SELECT email_cipher, display_name_cipher, pii_key_id FROM auth_user WHERE id = $1" + sql.dialect().forUpdate(),
                        row -> row, id)
                .chain(row -> {
                    PiiCipher cipher = keys.cipher();
                    String keyId = row.getString("pii_key_id");
                    return sql.update("UPDATE auth_user SET email_cipher = $2, display_name_cipher = $3, pii_key_id = $4 WHERE id = $1",
                            id, cipher.reseal(row.getString("email_cipher"), keyId, id),
                            cipher.reseal(row.getString("display_name_cipher"), keyId, id), cipher.activeKeyId());
                });
    }

    private Credentials credentials(Row row) {
        UUID id = Rows.uuid(row, "id");
        AccountStatus status = AccountStatus.valueOf(row.getString("status"));
        String keyId = row.getString("pii_key_id");
        boolean erased = status == AccountStatus.ERASED;
        PiiCipher cipher = keys.cipher();
        Account account = new Account(id,
                erased ? null : cipher.open(row.getString("email_cipher"), keyId, id),
                erased ? null : cipher.open(row.getString("display_name_cipher"), keyId, id),
                Rows.bool(row, "email_verified"), Tier.valueOf(row.getString("tier")), status,
                Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
        return new Credentials(account, row.getString("password_hash"));
    }
}
