package com.wheyprice.auth.api.event;

/**
 * The streams auth-service publishes on, at Redis key {@code <prefix>:auth:<stream>}, each entry
 * holding one {@link AuthEvent} as JSON in its {@value #FIELD} field.
 */
public final class AuthStreams {

    /** Messages about an account that someone must be sent ({@link AccountMailRequested}). */
    public static final String ACCOUNT_MAIL = "account-mail";
    /** Erased accounts, whose data every other service erases too ({@link SubjectErased}). */
    public static final String SUBJECTS = "subjects";
    /** The entry field that holds the event. */
    public static final String FIELD = "event";

    private AuthStreams() {
    }
}
