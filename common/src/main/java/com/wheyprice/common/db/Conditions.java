package com.wheyprice.common.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A WHERE clause made of optional conditions, each added only when it applies, so no query
 * needs {@code $1 IS NULL OR …} (which PostgreSQL cannot type when the value is null). Fragments
 * are written with {@code ?} for their values and numbered {@code $n} in the order added; they
 * are the caller's constants, values are always bound.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params;

    public Conditions() {
        this.params = new ArrayList<>();
    }

    private Conditions(List<Object> inherited) {
        this.params = new ArrayList<>(inherited);
    }

    /**
     * Conditions for a second WHERE clause of the same statement (say, outside a CTE), numbered
     * after these; its {@link #params} holds the values of both, in order.
     */
    public Conditions then() {
        return new Conditions(params);
    }

    /** Adds {@code fragment} with its values, in the order of its {@code ?}s. */
    public Conditions and(String fragment, Object... values) {
        StringBuilder clause = new StringBuilder();
        int value = 0;
        for (char c : fragment.toCharArray()) {
            if (c == '?') {
                if (value >= values.length) {
                    throw new IllegalArgumentException("more ? than values in: " + fragment);
                }
                params.add(values[value++]);
                clause.append('$').append(params.size());
            } else {
                clause.append(c);
            }
        }
        if (value != values.length) {
            throw new IllegalArgumentException("more values than ? in: " + fragment);
        }
        clauses.add(clause.toString());
        return this;
    }

    /** Binds a value used outside the WHERE clause (in a SELECT list, say) and answers its placeholder. */
    public String bind(Object value) {
        params.add(value);
        return "$" + params.size();
    }

    /** Adds {@code fragment} only when {@code value} is not null. */
    public Conditions andIfPresent(String fragment, Object value) {
        return value == null ? this : and(fragment, value);
    }

    /** {@code " WHERE a AND b"}, or nothing when no condition applies. */
    public String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** The conditions joined by AND, for a join's ON clause; {@code TRUE} when none applies. */
    public String joined() {
        return clauses.isEmpty() ? "TRUE" : String.join(" AND ", clauses);
    }

    /** The number the next value added after the conditions will take, e.g. for {@code LIMIT}. */
    public String next() {
        return "$" + (params.size() + 1);
    }

    /** The values of the conditions followed by {@code more}. */
    public Object[] params(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }
}
