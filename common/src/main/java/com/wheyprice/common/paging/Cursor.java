package com.wheyprice.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.Page;

/**
 * A keyset position: the sort key and id of the last item a client saw. It travels as an
 * opaque, URL-safe string, so pages stay stable while rows are added and the format can change.
 *
 * @param key the sort key of the last item (an instant, a price, a name), as text
 * @param id  the id of the last item, breaking ties
 */
public record Cursor(String key, UUID id) {

    /**
     * A page of up to {@code limit + 1} rows: the extra row only tells that another page exists,
     * and the cursor points after the last row shown.
     */
    public static <T> Page<T> page(List<T> rows, int limit, Function<T, Cursor> position) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(List.copyOf(shown), position.apply(shown.get(limit - 1)).encode());
    }

    public static Cursor of(Instant at, UUID id) {
        return new Cursor(at.toString(), id);
    }

    /** The sort key read as an instant. */
    public Instant at() {
        return Instant.parse(key);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a client sent back, {@code null} for the first page; a tampered cursor is a 400 on {@code field}. */
    public static Cursor decode(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int bar = decoded.lastIndexOf('|');
            return new Cursor(decoded.substring(0, bar), UUID.fromString(decoded.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw ProblemException.invalidField(field, "is not a cursor this API gave out");
        }
    }

    /** Like {@link #decode}, for cursors whose key is an instant. */
    public static Cursor decodeInstant(String value, String field) {
        Cursor cursor = decode(value, field);
        if (cursor != null) {
            try {
                cursor.at();
            } catch (RuntimeException e) {
                throw ProblemException.invalidField(field, "is not a cursor this API gave out");
            }
        }
        return cursor;
    }
}
