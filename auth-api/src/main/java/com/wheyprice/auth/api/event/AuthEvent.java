package com.wheyprice.auth.api.event;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event on one of auth-service's Redis streams ({@link AuthStreams}), as JSON in the entry's
 * {@code event} field: {@code type} names the record, {@code version} its schema. Versioned as
 * catalog's events are (ADR 0008): a consumer that meets a newer version or an unknown type
 * dead-letters it and reads it again once upgraded; an added optional field keeps the version.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = AccountMailRequested.class, name = AccountMailRequested.TYPE) })
public sealed interface AuthEvent permits AccountMailRequested {

    /** Unique per event: at-least-once delivery can repeat an event, and consumers drop the repeat by it. */
    UUID id();

    /** The schema version the producer wrote. */
    int version();

    /** When the change committed. */
    Instant at();

    /** The newest schema version of this type that this copy of the contract reads. */
    @JsonIgnore
    int readableVersion();

    /** Whether this consumer understands the event as written; if not, it dead-letters it. */
    @JsonIgnore
    default boolean readable() {
        return version() >= 1 && version() <= readableVersion();
    }
}
