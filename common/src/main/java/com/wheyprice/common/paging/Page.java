package com.wheyprice.common.paging;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a keyset-paginated list; {@code next} is the cursor for the following page, or
 * {@code null} on the last one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String next) {

    /**
     * Builds a page from up to {@code limit + 1} rows: the extra row only tells that another page
     * exists, and the cursor points after the last row shown.
     */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, Cursor> position) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(List.copyOf(shown), position.apply(shown.get(limit - 1)).encode());
    }
}
