package com.wheyprice.catalog.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.Alert;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.platform.api.Money;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/** The alert tables: alerts, the per-user quota, and the events of each crossing. */
@ApplicationScoped
public class AlertRepository {

    /** A fired alert, for the event that tells its owner. */
    public record Firing(UUID alertId, UUID userId, long targetMinor) {
    }

    /** Takes one alert from the user's quota; {@code false} when the limit is reached. Safe under concurrency. */
    public Uni<Boolean> takeQuota(SqlSession tx, UUID userId, int limit) {
        return tx.update("INSERT INTO catalog_alert_quota (user_id, alerts) VALUES ($1, 0) ON CONFLICT (user_id) DO NOTHING", userId)
                .chain(() -> tx.update("UPDATE catalog_alert_quota SET alerts = alerts + 1 WHERE user_id = $1 AND alerts < $2", userId, limit))
                .map(updated -> updated == 1);
    }

    public Uni<Void> insert(SqlSession tx, UUID id, UUID userId, UUID variantId, Money target, Instant now) {
        return tx.update("""
                INSERT INTO catalog_alert (id, user_id, variant_id, target_price_minor, currency, armed, created_at)
                VALUES ($1, $2, $3, $4, $5, TRUE, $6)""", id, userId, variantId, target.amountMinor(), target.currency(), now).replaceWithVoid();
    }

    /** Deletes one of the user's alerts and gives its quota back; returns whether there was one. */
    public Uni<Boolean> delete(SqlSession tx, UUID userId, UUID alertId) {
        return tx.update("DELETE FROM catalog_alert_event WHERE alert_id IN (SELECT id FROM catalog_alert WHERE id = $1 AND user_id = $2)",
                        alertId, userId)
                .chain(() -> tx.update("DELETE FROM catalog_alert WHERE id = $1 AND user_id = $2", alertId, userId))
                .call(deleted -> deleted == 0 ? Uni.createFrom().voidItem()
                        : tx.update("UPDATE catalog_alert_quota SET alerts = alerts - 1 WHERE user_id = $1 AND alerts > 0", userId))
                .map(deleted -> deleted > 0);
    }

    public Uni<List<Alert>> ofUser(SqlSession sql, UUID userId) {
        return sql.list("""
                SELECT a.id, a.variant_id, a.target_price_minor, a.currency, a.armed, a.created_at, a.last_fired_at,
                       e.fired_at, e.listing_id, e.price_minor AS fired_price
                  FROM catalog_alert a LEFT JOIN catalog_alert_event e ON e.alert_id = a.id
                 WHERE a.user_id = $1
                 ORDER BY a.created_at, a.id, e.fired_at DESC""", row -> row, userId).map(AlertRepository::group);
    }

    private static List<Alert> group(List<Row> rows) {
        Map<UUID, Alert> alerts = new LinkedHashMap<>();
        for (Row row : rows) {
            String currency = row.getString("currency");
            Alert alert = alerts.computeIfAbsent(Rows.uuid(row, "id"), id -> new Alert(id, Rows.uuid(row, "variant_id"),
                    new Money(Rows.count(row, "target_price_minor"), currency), Rows.bool(row, "armed"), Rows.instant(row, "created_at"),
                    Rows.instant(row, "last_fired_at"), new ArrayList<>()));
            if (row.getValue("fired_at") != null) {
                alert.fired().add(new Alert.Fired(Rows.instant(row, "fired_at"), Rows.uuid(row, "listing_id"),
                        new Money(Rows.count(row, "fired_price"), currency)));
            }
        }
        return List.copyOf(alerts.values());
    }

    /** Disarms and returns the armed alerts of a variant whose target the best price has reached. */
    public Uni<List<Firing>> fire(SqlSession tx, UUID variantId, String currency, long bestMinor, Instant now) {
        return tx.list("""
                UPDATE catalog_alert SET armed = FALSE, last_fired_at = $4
                 WHERE variant_id = $1 AND currency = $2 AND armed = TRUE AND target_price_minor >= $3
                RETURNING id, user_id, target_price_minor""",
                row -> new Firing(Rows.uuid(row, "id"), Rows.uuid(row, "user_id"), Rows.count(row, "target_price_minor")),
                variantId, currency, bestMinor, now);
    }

    /** Arms again the alerts whose target the best price has risen above, so the next crossing fires. */
    public Uni<Integer> rearm(SqlSession tx, UUID variantId, String currency, long bestMinor) {
        return tx.update("UPDATE catalog_alert SET armed = TRUE WHERE variant_id = $1 AND currency = $2 AND armed = FALSE AND target_price_minor < $3",
                variantId, currency, bestMinor);
    }

    public Uni<Void> recordFiring(SqlSession tx, UUID alertId, UUID listingId, long priceMinor, String currency, Instant now) {
        return tx.update("""
                INSERT INTO catalog_alert_event (id, alert_id, listing_id, price_minor, currency, fired_at) VALUES ($1, $2, $3, $4, $5, $6)""",
                UUID.randomUUID(), alertId, listingId, priceMinor, currency, now).replaceWithVoid();
    }
}
