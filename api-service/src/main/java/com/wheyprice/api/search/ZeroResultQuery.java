package com.wheyprice.api.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A search text that found nothing, and how often shoppers searched it: what the catalog team
 * should add, or alias.
 */
@Schema(requiredProperties = { "query", "searches" })
public record ZeroResultQuery(String query, long searches) {
}
