package com.wheyprice.notification.api;

/** How a message reaches a person. */
public enum Channel {
    EMAIL
}
