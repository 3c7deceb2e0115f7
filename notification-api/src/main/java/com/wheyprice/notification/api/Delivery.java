package com.wheyprice.notification.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One message to one person on one channel about one event, as admins see it: never the
 * address (notification-service keeps none) nor the content.
 *
 * @param attempts  attempts made so far
 * @param lastError why the last attempt failed, or why it was skipped
 * @param sentAt    when the message was handed to the mail server
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "eventId", "kind", "channel", "userId", "status", "attempts", "createdAt", "updatedAt" })
public record Delivery(UUID id, UUID eventId, Kind kind, Channel channel, UUID userId, DeliveryStatus status, int attempts, String lastError,
        Instant createdAt, Instant updatedAt, Instant sentAt) {
}
