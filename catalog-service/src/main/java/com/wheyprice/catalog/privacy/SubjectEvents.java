package com.wheyprice.catalog.privacy;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.event.AuthEvent;
import com.wheyprice.auth.api.event.AuthStreams;
import com.wheyprice.auth.api.event.SubjectErased;
import com.wheyprice.common.event.EventSource;

import io.smallrye.mutiny.Uni;

/** auth-service's erasures ({@link AuthStreams#SUBJECTS}): each erases what the catalog holds about the person. */
@ApplicationScoped
class SubjectEvents implements EventSource {

    private final CatalogErasures erasures;
    private final ObjectMapper json;

    SubjectEvents(CatalogErasures erasures, ObjectMapper json) {
        this.erasures = erasures;
        this.json = json;
    }

    @Override
    public String namespace() {
        return "auth";
    }

    @Override
    public List<String> streams() {
        return List.of(AuthStreams.SUBJECTS);
    }

    @Override
    public String field() {
        return AuthStreams.FIELD;
    }

    @Override
    public Uni<String> record(String event, Instant now) {
        return EventSource.reading(json, event, AuthEvent.class, "an auth event", read -> read instanceof SubjectErased erased
                ? erasures.erase(erased.subject(), now).replaceWith((String) null)
                : Uni.createFrom().item(read.getClass().getSimpleName() + " is not an event catalog-service takes"));
    }
}
