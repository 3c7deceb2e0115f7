package com.wheyprice.auth.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One audited event: what happened, with what outcome, who did it (a user id, a service
 * client id, or nobody for anonymous attempts), to whom, from where; in which service, to which
 * target ({@code kind:id}), with a summary of the target before and after, and the request that
 * did it. auth-service writes it, api-service documents it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "occurredAt", "action", "outcome", "service" })
public record AuditEntry(UUID id, Instant occurredAt, AuditAction action, String outcome, String actorId, UUID subjectId,
        String ip, String detail, String service, String target, String before, String after, String requestId) {
}
