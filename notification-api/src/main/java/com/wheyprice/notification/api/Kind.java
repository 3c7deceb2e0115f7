package com.wheyprice.notification.api;

/** What a message is about; people turn each kind on or off per channel. */
public enum Kind {
    /** A price alert of theirs fired. */
    PRICE_ALERT,
    /** An admin decided on a product page they suggested. */
    DISCOVERY_DECISION
}
