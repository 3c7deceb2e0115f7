package com.wheyprice.common.audit;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.event.AdminActionTaken;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.event.Outbox;
import com.wheyprice.common.request.RequestId;
import com.wheyprice.common.security.SignedInUser;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Puts an admin's change into the platform's one audit trail: an {@link AdminActionTaken} in the
 * service's outbox, in the transaction of the change, which auth-service keeps. The admin is the
 * signed-in caller of the request; the summaries before and after are the target as JSON. A
 * service with admin actions has an {@link Outbox} bean; one without never asks for this bean.
 */
@Singleton
public class AdminAudit {

    private final String service;
    private final Outbox outbox;
    private final CurrentIdentityAssociation identity;
    private final ObjectMapper json;

    AdminAudit(@ConfigProperty(name = "quarkus.application.name") String service, Outbox outbox, CurrentIdentityAssociation identity,
            ObjectMapper json) {
        this.service = service;
        this.outbox = outbox;
        this.identity = identity;
        this.json = json;
    }

    /** Records that the caller did {@code action} to {@code target} ({@code kind:id}), which was {@code before} and is {@code after} (either may be null). */
    public Uni<Void> record(SqlSession tx, AuditAction action, String target, Object before, Object after) {
        String requestId = RequestId.current();
        return identity.getDeferredIdentity().map(caller -> SignedInUser.of(caller).id())
                .chain(actor -> outbox.add(tx, AdminActionTaken.STREAM, (id, at) -> AdminActionTaken.of(id, at, service, actor, action, target,
                        summary(before), summary(after), requestId)));
    }

    private String summary(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit summary could not be written: " + e.getMessage(), e);
        }
    }
}
