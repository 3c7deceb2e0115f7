package com.wheyprice.notification.api;

/** How a message reaches a person. */
public enum Channel {
    /** To their current address, asked of auth-service at send time. */
    EMAIL,
    /** A signed HTTPS POST to each of their webhooks (PREMIUM and above), for price alerts. */
    WEBHOOK
}
