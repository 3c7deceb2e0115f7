package com.wheyprice.platform.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a keyset-paginated list; {@code next} is the opaque cursor for the following page,
 * absent on the last one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String next) implements Paged {
}
