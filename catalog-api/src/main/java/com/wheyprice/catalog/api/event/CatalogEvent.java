package com.wheyprice.catalog.api.event;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event on one of catalog-service's Redis streams ({@link CatalogStreams}), as JSON in the
 * entry's {@code event} field: {@code type} names the record, {@code version} its schema.
 *
 * <p>A schema change that an old reader would misread raises the type's version. A consumer
 * meets a version newer than its copy of this contract knows ({@link #readable()} false), or a
 * type it does not know, only while it runs behind catalog-service: it dead-letters the event,
 * never drops it, and reads it again once upgraded. Adding an optional field is not such a
 * change; readers ignore fields they do not know.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CatalogChanged.class, name = CatalogChanged.TYPE),
        @JsonSubTypes.Type(value = OfferChanged.class, name = OfferChanged.TYPE),
        @JsonSubTypes.Type(value = PriceDropped.class, name = PriceDropped.TYPE),
        @JsonSubTypes.Type(value = AlertFired.class, name = AlertFired.TYPE),
        @JsonSubTypes.Type(value = DiscoveryDecided.class, name = DiscoveryDecided.TYPE) })
public sealed interface CatalogEvent permits CatalogChanged, OfferChanged, PriceDropped, AlertFired, DiscoveryDecided {

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
