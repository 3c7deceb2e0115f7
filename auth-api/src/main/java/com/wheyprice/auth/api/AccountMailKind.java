package com.wheyprice.auth.api;

/** The messages auth-service has sent about an account, each for its own reason. */
public enum AccountMailKind {
    /** A link proving the address belongs to whoever registered it. */
    VERIFY_ADDRESS(true),
    /** Someone tried to register this address again: its owner is told, instead of the registration being refused. */
    ALREADY_REGISTERED(false),
    /** A link to set a new password, asked for by someone who knows the address. */
    PASSWORD_RESET(true),
    /** The password was changed or reset; every other session ended. */
    PASSWORD_CHANGED(false),
    /** A link, sent to a new address, that makes it the account's address. */
    CONFIRM_NEW_ADDRESS(true),
    /** Sent to the old address once the account's address changed. */
    ADDRESS_CHANGED(false),
    /** Someone signed in from a device and address this account had not used before. */
    NEW_SIGN_IN(false);

    private final boolean link;

    AccountMailKind(boolean link) {
        this.link = link;
    }

    /** Whether the message carries a single-use link (and so a token). */
    public boolean hasLink() {
        return link;
    }
}
