package com.wheyprice.auth.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One audited event: what happened, with what outcome, who did it (a user id, a service
 * client id, or nobody for anonymous attempts), to whom, from where.
 */
public record AuditEntry(UUID id, Instant occurredAt, AuditAction action, String outcome, String actorId, UUID subjectId,
        String ip, String detail) {
}
