package com.wheyprice.auth.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.AuditEntry;
import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.paging.Cursor;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The audit trail ({@code auth_audit}): written inside the same transaction as the change it
 * records, so an event is in the trail exactly when it happened; read by admins newest first.
 */
@ApplicationScoped
public class AuditLog {

    private final Clock clock;

    AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Where an audited request came from. */
    public record Origin(String actorId, String ip) {
        public static Origin anonymous(String ip) {
            return new Origin(null, ip);
        }
    }

    public Uni<Void> record(SqlSession sql, AuditAction action, String outcome, Origin origin, UUID subjectId, String detail) {
        return sql.update("""
                INSERT INTO auth_audit (id, occurred_at, action, outcome, actor_id, subject_id, ip, detail)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""",
                UUID.randomUUID(), clock.instant(), action, outcome, origin.actorId(), subjectId, origin.ip(), detail).replaceWithVoid();
    }

    /** Entries older than the given position (or the newest), newest first. */
    public Uni<List<AuditEntry>> page(SqlSession sql, Cursor before, int limit) {
        Conditions where = new Conditions();
        if (before != null) {
            where.and("(occurred_at < ? OR (occurred_at = ? AND id < ?))", before.at(), before.at(), before.id());
        }
        return sql.list("SELECT * FROM auth_audit" + where.where() + " ORDER BY occurred_at DESC, id DESC LIMIT " + where.next(),
                AuditLog::entry, where.params(limit));
    }

    /** Every entry about one account, for its owner's data export. */
    public Uni<List<AuditEntry>> about(SqlSession sql, UUID subjectId) {
        return sql.list("SELECT * FROM auth_audit WHERE subject_id = $1 ORDER BY occurred_at DESC, id DESC", AuditLog::entry, subjectId);
    }

    private static AuditEntry entry(Row row) {
        return new AuditEntry(Rows.uuid(row, "id"), Rows.instant(row, "occurred_at"), AuditAction.valueOf(row.getString("action")),
                row.getString("outcome"), row.getString("actor_id"), Rows.uuid(row, "subject_id"), row.getString("ip"),
                row.getString("detail"));
    }
}
