package com.wheyprice.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a rebuild of what searches read: the best offers and search documents.
 *
 * @param products how many products were refreshed
 */
@Schema(requiredProperties = { "products" })
public record SearchIndexRebuilt(int products) {
}
