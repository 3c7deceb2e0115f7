package com.wheyprice.notification.api;

/**
 * The name notification-service reads catalog-service's streams under: its Redis consumer group,
 * and the consumer its unreadable events are dead-lettered as, which admins read through
 * api-service ({@code GET /api/v1/admin/event-dead-letters?consumer=notification-service}).
 */
public final class EventConsumer {

    public static final String NAME = "notification-service";

    private EventConsumer() {
    }
}
