package com.wheyprice.notification.api;

/** Where a delivery stands. PENDING ones are sent (or retried) when due; the others are final until an admin replays a DEAD one. */
public enum DeliveryStatus {
    PENDING, SENT, SKIPPED, DEAD
}
