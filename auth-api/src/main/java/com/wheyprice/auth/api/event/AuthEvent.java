package com.wheyprice.auth.api.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.wheyprice.platform.api.event.VersionedEvent;

/**
 * An event on one of auth-service's Redis streams ({@link AuthStreams}), as JSON in the entry's
 * {@code event} field: {@code type} names the record, {@code version} its schema, versioned as
 * {@link VersionedEvent} says.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = AccountMailRequested.class, name = AccountMailRequested.TYPE),
        @JsonSubTypes.Type(value = SubjectErased.class, name = SubjectErased.TYPE) })
public sealed interface AuthEvent extends VersionedEvent permits AccountMailRequested, SubjectErased {
}
