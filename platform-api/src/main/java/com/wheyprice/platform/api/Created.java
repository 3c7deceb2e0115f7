package com.wheyprice.platform.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a create whose {@code Location} names the new resource: its id. */
@Schema(requiredProperties = { "id" })
public record Created(UUID id) {
}
