package com.wheyprice.notify.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Delivery;
import com.wheyprice.notification.api.DeliveryStatus;
import com.wheyprice.notification.api.Kind;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The deliveries table, on both engines. A delivery is recorded once per key ({@code ON CONFLICT
 * DO NOTHING}); it is claimed for a lease by moving {@code next_attempt_at} past the lease's end in
 * the same statement that checks it is due, so two instances never claim one delivery, and a
 * sender that dies leaves it to be claimed again when the lease ends.
 */
@ApplicationScoped
public class DeliveryRepository {


    private static final String COLUMNS = "id, delivery_key, event_id, kind, channel, user_id, topic, payload, attempts, created_at, endpoint_id";

    private final Database database;

    DeliveryRepository(Database database) {
        this.database = database;
    }

    /** Records a delivery to make, unless one with its key exists or its person was erased; true when it was new. */
    public Uni<Boolean> record(DeliveryJob delivery, DeliveryStatus status, String reason, Instant now) {
        return record(database, delivery, status, reason, now);
    }

    /** {@link #record(DeliveryJob, DeliveryStatus, String, Instant)} in the caller's transaction. */
    public Uni<Boolean> record(SqlSession sql, DeliveryJob delivery, DeliveryStatus status, String reason, Instant now) {
        return sql.update("""
                INSERT INTO notification_delivery (id, delivery_key, event_id, kind, channel, user_id, topic, payload, status, attempts,
                                                   next_attempt_at, last_error, created_at, updated_at, endpoint_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, $10, $11, $10, $10, $12)
                ON CONFLICT (delivery_key) DO NOTHING""", delivery.id(), delivery.key(), delivery.eventId(), delivery.kind().name(),
                delivery.channel().name(), delivery.userId(), delivery.topic(), delivery.payload(), status.name(), now, reason, delivery.endpointId())
                // checked after the insert: an erasure holds writes to this table while it deletes, so either it
                // sees this row, or this check sees the erasure (NotificationErasures)
                .chain(inserted -> inserted == 0 ? Uni.createFrom().item(false)
                        : sql.update("DELETE FROM notification_delivery WHERE id = $1 AND EXISTS (SELECT 1 FROM notification_erasure WHERE subject = $2)",
                                delivery.id(), delivery.userId()).map(erased -> erased == 0));
    }

    /** Up to {@code limit} due deliveries, oldest due first, each claimed until {@code leaseEnd} and counted as an attempt. */
    public Uni<List<DeliveryJob>> claimDue(Instant now, Instant leaseEnd, int limit) {
        return database.list("""
                UPDATE notification_delivery SET next_attempt_at = $1, attempts = attempts + 1, updated_at = $2
                 WHERE id IN (SELECT id FROM notification_delivery WHERE status = 'PENDING' AND next_attempt_at <= $2
                               ORDER BY next_attempt_at, id LIMIT $3)
                   AND status = 'PENDING' AND next_attempt_at <= $2
                RETURNING\s""" + COLUMNS, DeliveryRepository::delivery, leaseEnd, now, limit);
    }

    public Uni<Void> sent(UUID id, Instant now) {
        return finish(id, DeliveryStatus.SENT, null, now);
    }

    public Uni<Void> skipped(UUID id, String reason, Instant now) {
        return finish(id, DeliveryStatus.SKIPPED, reason, now);
    }

    public Uni<Void> dead(UUID id, String error, Instant now) {
        return finish(id, DeliveryStatus.DEAD, error, now);
    }

    /** Leaves the delivery pending, to be tried again at {@code next}. */
    public Uni<Void> retryAt(UUID id, Instant next, String error, Instant now) {
        return database.update("UPDATE notification_delivery SET next_attempt_at = $2, last_error = $3, updated_at = $4 WHERE id = $1",
                id, next, error, now).replaceWithVoid();
    }

    /** Whether a message of this kind and topic reached the person since {@code since}. */
    public Uni<Boolean> sentSince(UUID userId, Kind kind, String topic, Instant since) {
        return database.first("""
                SELECT 1 AS found FROM notification_delivery
                 WHERE user_id = $1 AND kind = $2 AND topic = $3 AND status = 'SENT' AND sent_at >= $4 LIMIT 1""",
                row -> true, userId, kind.name(), topic, since).map(found -> found != null);
    }

    private Uni<Void> finish(UUID id, DeliveryStatus status, String reason, Instant now) {
        return database.update("""
                UPDATE notification_delivery SET status = $2, last_error = $3, updated_at = $4,
                       sent_at = CASE WHEN $2 = 'SENT' THEN $4 ELSE sent_at END
                 WHERE id = $1""", id, status.name(), reason, now).replaceWithVoid();
    }

    /** Deliveries in one status, most recently changed first, after {@code after} (a page's last), for admins. */
    public Uni<List<Delivery>> list(DeliveryStatus status, Cursor after, int limit) {
        Conditions where = new Conditions().and("status = ?", status.name());
        if (after != null) {
            where.and("(updated_at < ? OR (updated_at = ? AND id < ?))", after.at(), after.at(), after.id());
        }
        return database.list("SELECT * FROM notification_delivery" + where.where() + " ORDER BY updated_at DESC, id DESC LIMIT " + where.next(),
                DeliveryRepository::view, where.params(limit));
    }

    /** Every delivery made or pending for this person, oldest first. */
    public Uni<List<Delivery>> ofUser(UUID userId) {
        return database.list("SELECT * FROM notification_delivery WHERE user_id = $1 ORDER BY created_at, id", DeliveryRepository::view, userId);
    }

    /** Makes a dead delivery due again with fresh attempts; the delivery as it is now, or {@code null} when there is no such one. */
    public Uni<Delivery> replay(UUID id, Instant now) {
        return database.update("""
                UPDATE notification_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = $2, updated_at = $2
                 WHERE id = $1 AND status = 'DEAD'""", id, now)
                .chain(() -> database.first("SELECT * FROM notification_delivery WHERE id = $1", DeliveryRepository::view, id));
    }

    private static Delivery view(Row row) {
        return new Delivery(Rows.uuid(row, "id"), Rows.uuid(row, "event_id"), Kind.valueOf(row.getString("kind")),
                Channel.valueOf(row.getString("channel")), Rows.uuid(row, "user_id"), DeliveryStatus.valueOf(row.getString("status")),
                (int) Rows.count(row, "attempts"), row.getString("last_error"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"),
                Rows.instant(row, "sent_at"));
    }

    static DeliveryJob delivery(Row row) {
        return new DeliveryJob(Rows.uuid(row, "id"), row.getString("delivery_key"), Rows.uuid(row, "event_id"), Kind.valueOf(row.getString("kind")),
                Channel.valueOf(row.getString("channel")), Rows.uuid(row, "user_id"), row.getString("topic"), row.getString("payload"),
                (int) Rows.count(row, "attempts"), Rows.instant(row, "created_at"), Rows.uuid(row, "endpoint_id"));
    }
}
