package com.wheyprice.auth.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.event.AdminActionTaken;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.event.EventSource;

import io.smallrye.mutiny.Uni;

/** One service's stream of admin actions ({@link AdminActionTaken}), each kept once in the audit trail. */
record AdminActionEvents(String namespace, Database database, AuditLog audit, ObjectMapper json) implements EventSource {

    @Override
    public List<String> streams() {
        return List.of(AdminActionTaken.STREAM);
    }

    @Override
    public String field() {
        return AdminActionTaken.FIELD;
    }

    @Override
    public Uni<String> record(String event, Instant now) {
        return EventSource.reading(json, event, AdminActionTaken.class, "an admin action",
                action -> audit.recordTaken(database, action).replaceWith((String) null));
    }
}
