package com.wheyprice.auth.api.event;

import java.time.Instant;
import java.util.UUID;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.platform.api.event.VersionedEvent;

/**
 * An admin changed something in a service other than auth-service: the service writes this event
 * through its outbox in the transaction of the change, on its stream {@code <prefix>:<service's
 * namespace>:}{@value #STREAM}, and auth-service keeps it in the one audit trail admins read
 * ({@code GET /api/v1/admin/audit}), once (by its id). auth-service owns the trail, so it owns this
 * contract; every service that has admin actions writes it.
 *
 * @param service   the service where the change happened
 * @param actor     the admin's account id
 * @param target    what was changed, as {@code kind:id} ({@code brands:6f1c…})
 * @param before    a summary of the target before the change (JSON, at most {@value #MAX_SUMMARY} characters), or null when it is new
 * @param after     the same after the change, or null when it is gone
 * @param requestId the request that made the change, as its logs name it
 */
public record AdminActionTaken(UUID id, int version, Instant at, String service, UUID actor, AuditAction action, String target, String before,
        String after, String requestId) implements VersionedEvent {

    public static final int VERSION = 1;
    /** The stream, under each service's namespace. */
    public static final String STREAM = "admin-actions";
    /** The entry field that holds the event. */
    public static final String FIELD = "event";
    /** auth-service's consumer group on these streams, and the consumer its unreadable events are dead-lettered as. */
    public static final String CONSUMER = "auth-service";
    /** The longest summary kept; longer ones are cut. */
    public static final int MAX_SUMMARY = 4000;

    public static AdminActionTaken of(UUID id, Instant at, String service, UUID actor, AuditAction action, String target, String before,
            String after, String requestId) {
        return new AdminActionTaken(id, VERSION, at, service, actor, action, target, cut(before), cut(after), requestId);
    }

    @Override
    public int readableVersion() {
        return VERSION;
    }

    private static String cut(String summary) {
        return summary == null || summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY);
    }
}
