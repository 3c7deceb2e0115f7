package com.wheyprice.catalog.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of held-back prices as its JSON reads (a {@code Page<QuarantinedPrice>}), so the API document can name it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "items" })
public record QuarantinePage(List<QuarantinedPrice> items, String next) {
}
