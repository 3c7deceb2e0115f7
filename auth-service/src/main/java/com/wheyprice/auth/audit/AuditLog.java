package com.wheyprice.auth.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.AuditEntry;
import com.wheyprice.auth.api.AuditQuery;
import com.wheyprice.auth.api.event.AdminActionTaken;
import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.common.request.RequestId;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The audit trail ({@code auth_audit}), the platform's one: auth-service's entries are written inside
 * the same transaction as the change they record, so an event is in the trail exactly when it
 * happened; every other service's admin actions arrive as {@link AdminActionTaken} events, each
 * kept once. Read by admins newest first, filtered; no API changes or deletes an entry (retention
 * removes them after {@code RETENTION_AUDIT}).
 */
@ApplicationScoped
public class AuditLog {

    /** How the trail names this service's own entries. */
    public static final String SERVICE = "auth-service";

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
        return record(sql, action, outcome, origin, subjectId, detail, null);
    }

    /** An entry about a change to {@code target} ({@link Target}), with the target before and after. */
    public Uni<Void> record(SqlSession sql, AuditAction action, String outcome, Origin origin, UUID subjectId, String detail, Target target) {
        return sql.update("""
                INSERT INTO auth_audit (id, occurred_at, action, outcome, actor_id, subject_id, ip, detail, service, target, before_summary,
                                        after_summary, request_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)""",
                UUID.randomUUID(), clock.instant(), action, outcome, origin.actorId(), subjectId, origin.ip(), detail, SERVICE,
                target == null ? null : target.name(), target == null ? null : target.before(), target == null ? null : target.after(),
                RequestId.current()).replaceWithVoid();
    }

    /** What an entry is about, as {@code kind:id}, and a summary of it before and after the change. */
    public record Target(String name, String before, String after) {
    }

    /** Another service's admin action, kept once however often its event is read. */
    public Uni<Void> recordTaken(SqlSession sql, AdminActionTaken action) {
        return sql.update("""
                INSERT INTO auth_audit (id, occurred_at, action, outcome, actor_id, subject_id, ip, detail, service, target, before_summary,
                                        after_summary, request_id)
                VALUES ($1, $2, $3, 'success', $4, NULL, NULL, NULL, $5, $6, $7, $8, $9)
                ON CONFLICT (id) DO NOTHING""", action.id(), action.at(), action.action(), action.actor() == null ? null : action.actor().toString(),
                action.service(), action.target(), action.before(), action.after(), action.requestId()).replaceWithVoid();
    }

    /** Entries older than the given position (or the newest) that every filter of {@code query} holds for, newest first. */
    public Uni<List<AuditEntry>> page(SqlSession sql, AuditQuery query, Cursor before, int limit) {
        Conditions where = new Conditions()
                .andIfPresent("actor_id = ?", query.actor())
                .andIfPresent("service = ?", query.service())
                .andIfPresent("action = ?", query.action())
                .andIfPresent("target = ?", query.target())
                .andIfPresent("occurred_at >= ?", query.from())
                .andIfPresent("occurred_at < ?", query.to());
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
                row.getString("detail"), row.getString("service"), row.getString("target"), row.getString("before_summary"),
                row.getString("after_summary"), row.getString("request_id"));
    }
}
