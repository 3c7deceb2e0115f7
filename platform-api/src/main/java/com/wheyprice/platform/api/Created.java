package com.wheyprice.platform.api;

import java.util.UUID;

/** The answer to a create whose {@code Location} names the new resource: its id. */
public record Created(UUID id) {
}
