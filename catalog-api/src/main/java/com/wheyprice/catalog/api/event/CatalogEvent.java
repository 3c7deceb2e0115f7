package com.wheyprice.catalog.api.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.wheyprice.platform.api.event.VersionedEvent;

/**
 * An event on one of catalog-service's Redis streams ({@link CatalogStreams}), as JSON in the
 * entry's {@code event} field: {@code type} names the record, {@code version} its schema,
 * versioned as {@link VersionedEvent} says.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CatalogChanged.class, name = CatalogChanged.TYPE),
        @JsonSubTypes.Type(value = OfferChanged.class, name = OfferChanged.TYPE),
        @JsonSubTypes.Type(value = PriceDropped.class, name = PriceDropped.TYPE),
        @JsonSubTypes.Type(value = AlertFired.class, name = AlertFired.TYPE),
        @JsonSubTypes.Type(value = DiscoveryDecided.class, name = DiscoveryDecided.TYPE) })
public sealed interface CatalogEvent extends VersionedEvent permits CatalogChanged, OfferChanged, PriceDropped, AlertFired, DiscoveryDecided {
}
