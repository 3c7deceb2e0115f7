package com.wheyprice.notification.api;

/** What a message is about; people turn each kind on or off per channel, except {@link #ACCOUNT} and {@link #INTEGRATION}. */
public enum Kind {
    /** A price alert of theirs fired. */
    PRICE_ALERT,
    /** An admin decided on a product page they suggested. */
    DISCOVERY_DECISION,
    /** A sign-in to their account from a device and address it never used; on by default for admins only. */
    ACCOUNT_SECURITY,
    /**
     * Their account itself: verifying an address, a password reset, a changed password or address,
     * an attempt to register their address again. Always sent, since each is asked for or protects the account.
     */
    ACCOUNT,
    /** Their integrations: a webhook of theirs kept failing and was turned off. Always sent. */
    INTEGRATION;

    /** Whether people may turn this kind off. */
    public boolean optional() {
        return this != ACCOUNT && this != INTEGRATION;
    }
}
