package com.wheyprice.common.contract;

import java.util.UUID;

/** The answer to a create whose {@code Location} names the new resource: its id. */
public record Created(UUID id) {
}
