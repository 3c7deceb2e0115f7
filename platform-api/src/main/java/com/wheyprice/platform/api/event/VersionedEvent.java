package com.wheyprice.platform.api.event;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What every service's events have in common (ADR 0008): an id, a schema version and the instant
 * of the change. A schema change that an old reader would misread raises the type's version; a
 * consumer that meets a version newer than its copy of the contract knows ({@link #readable()}
 * false), or a type it does not know, only while it runs behind the producer, dead-letters the
 * event, never drops it, and reads it again once upgraded. Adding an optional field is not such a
 * change; readers ignore fields they do not know.
 */
public interface VersionedEvent {

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

    /** Why this consumer must dead-letter the event (its schema version is one it does not read), or null when it reads it. */
    @JsonIgnore
    default String unreadableReason() {
        return readable() ? null : "schema version " + version() + " of " + getClass().getSimpleName() + " is newer than this consumer reads ("
                + readableVersion() + ")";
    }
}
