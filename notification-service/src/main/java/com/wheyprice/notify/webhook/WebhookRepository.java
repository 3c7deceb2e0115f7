package com.wheyprice.notify.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.notification.api.Webhook;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/** People's webhooks, on both engines; every read and write names the owner, so nobody touches another's. */
@ApplicationScoped
public class WebhookRepository {

    /** A webhook with its owner, as the sender needs it. */
    public record Stored(UUID userId, Webhook webhook) {
    }

    private static final String COLUMNS = "id, user_id, url, enabled, consecutive_failures, created_at, disabled_at, disabled_reason";

    private final Database database;

    WebhookRepository(Database database) {
        this.database = database;
    }

    /** Adds a webhook unless the person has {@code limit} already; null when they have. */
    public Uni<Webhook> add(UUID userId, String url, int limit, Instant now) {
        UUID id = UUID.randomUUID();
        return database.inTransaction(tx -> tx.first("SELECT COUNT(*) AS n FROM notification_webhook WHERE user_id = $1", row -> Rows.count(row, "n"),
                        userId)
                .chain(count -> count >= limit ? Uni.createFrom().<Webhook>nullItem()
                        : tx.update("""
                                INSERT INTO notification_webhook (id, user_id, url, enabled, consecutive_failures, created_at)
                                VALUES ($1, $2, $3, $4, 0, $5)""", id, userId, url, true, now)
                                .replaceWith(new Webhook(id, url, true, 0, now, null, null))));
    }

    public Uni<List<Webhook>> of(UUID userId) {
        return database.list("SELECT " + COLUMNS + " FROM notification_webhook WHERE user_id = $1 ORDER BY created_at, id",
                WebhookRepository::webhook, userId);
    }

    /** The person's webhooks that are on, in the caller's transaction (deliveries are made for these). */
    public Uni<List<UUID>> enabledOf(SqlSession sql, UUID userId) {
        return sql.list("SELECT id FROM notification_webhook WHERE user_id = $1 AND enabled = $2 ORDER BY created_at, id",
                row -> Rows.uuid(row, "id"), userId, true);
    }

    /** The webhook, whoever's it is; null when it was deleted. */
    public Uni<Stored> find(UUID id) {
        return database.first("SELECT " + COLUMNS + " FROM notification_webhook WHERE id = $1",
                row -> new Stored(Rows.uuid(row, "user_id"), webhook(row)), id);
    }

    /** Turns the person's webhook on (its failures forgotten) or off; null when they have no such webhook. */
    public Uni<Webhook> setEnabled(UUID userId, UUID id, boolean enabled, Instant now) {
        Uni<Integer> change = enabled
                ? database.update("""
                        UPDATE notification_webhook SET enabled = $3, consecutive_failures = 0, disabled_at = NULL, disabled_reason = NULL
                         WHERE id = $1 AND user_id = $2""", id, userId, true)
                : database.update("""
                        UPDATE notification_webhook SET enabled = $3, disabled_at = $4, disabled_reason = $5
                         WHERE id = $1 AND user_id = $2""", id, userId, false, now, "turned off by its owner");
        return change
                .chain(changed -> changed == 0 ? Uni.createFrom().<Webhook>nullItem()
                        : database.first("SELECT " + COLUMNS + " FROM notification_webhook WHERE id = $1", WebhookRepository::webhook, id));
    }

    /** Deletes the person's webhook; whether there was one. */
    public Uni<Boolean> delete(UUID userId, UUID id) {
        return database.update("DELETE FROM notification_webhook WHERE id = $1 AND user_id = $2", id, userId).map(deleted -> deleted > 0);
    }

    public Uni<Void> succeeded(UUID id) {
        return database.update("UPDATE notification_webhook SET consecutive_failures = 0 WHERE id = $1", id).replaceWithVoid();
    }

    /** Counts a failed attempt; answers the failures in a row now. */
    public Uni<Integer> failed(SqlSession sql, UUID id) {
        return sql.update("UPDATE notification_webhook SET consecutive_failures = consecutive_failures + 1 WHERE id = $1", id)
                .chain(() -> sql.first("SELECT consecutive_failures FROM notification_webhook WHERE id = $1",
                        row -> (int) Rows.count(row, "consecutive_failures"), id))
                .map(failures -> failures == null ? 0 : failures);
    }

    /** Turns a failing webhook off; true only for the call that turned it off (so its owner is told once). */
    public Uni<Boolean> disable(SqlSession sql, UUID id, String reason, Instant now) {
        return sql.update("UPDATE notification_webhook SET enabled = $2, disabled_at = $3, disabled_reason = $4 WHERE id = $1 AND enabled = $5",
                id, false, now, reason, true).map(changed -> changed > 0);
    }

    private static Webhook webhook(Row row) {
        return new Webhook(Rows.uuid(row, "id"), row.getString("url"), Rows.bool(row, "enabled"), (int) Rows.count(row, "consecutive_failures"),
                Rows.instant(row, "created_at"), Rows.instant(row, "disabled_at"), row.getString("disabled_reason"));
    }
}
