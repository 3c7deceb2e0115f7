package com.wheyprice.notification.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of deliveries as its JSON reads (a {@code Page<Delivery>}), so the API document can name it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "items" })
public record DeliveryPage(List<Delivery> items, String next) {
}
