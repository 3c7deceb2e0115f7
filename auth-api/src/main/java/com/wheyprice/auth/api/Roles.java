package com.wheyprice.auth.api;

/** The tiers as role names for {@code @RolesAllowed}, which needs compile-time constants. */
public final class Roles {

    public static final String USER = "USER";
    public static final String PREMIUM = "PREMIUM";
    public static final String ADMIN = "ADMIN";
    public static final String SUPER_ADMIN = "SUPER_ADMIN";
    /** Services calling each other with client-credentials tokens. */
    public static final String SERVICE = "SERVICE";

    private Roles() {
    }
}
