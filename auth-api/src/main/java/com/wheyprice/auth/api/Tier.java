package com.wheyprice.auth.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a caller may do, in increasing order; each tier includes the rights of those before it.
 * Tokens carry the tier in the {@code tier} claim and, in {@code groups}, the tier with every
 * tier below it, so {@code @RolesAllowed(Roles.PREMIUM)} also admits admins.
 */
public enum Tier {
    PUBLIC, USER, PREMIUM, ADMIN, SUPER_ADMIN;

    public boolean includes(Tier other) {
        return compareTo(other) >= 0;
    }

    /** The roles a token of this tier carries. */
    public List<String> roles() {
        return Arrays.stream(values()).filter(this::includes).map(Tier::name).toList();
    }

    /** The tier named by {@code value} (case-insensitive), or an {@link IllegalArgumentException} saying which exist. */
    public static Tier parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown tier '" + value + "'; tiers are " + Arrays.toString(values()), e);
        }
    }
}
