package com.wheyprice.notification.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person's webhook: an HTTPS URL that gets their price alerts as signed POSTs (Standard
 * Webhooks: {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}). One that
 * keeps failing is turned off, and its owner told by e-mail.
 *
 * @param consecutiveFailures failed attempts since the last success
 * @param disabledReason      why it was turned off, when it was turned off for failing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "url", "enabled", "consecutiveFailures", "createdAt" })
public record Webhook(UUID id, String url, boolean enabled, int consecutiveFailures, Instant createdAt, Instant disabledAt, String disabledReason) {

    /** A new webhook's URL: HTTPS, a public host. */
    @Schema(requiredProperties = { "url" })
    public record Registration(@NotBlank @Size(max = 2048) String url) {
    }

    /** Turning a webhook on (its failures forgotten) or off; {@code enabled} must be sent. */
    @Schema(requiredProperties = { "enabled" })
    public record Change(@NotNull Boolean enabled) {
    }

    /**
     * A webhook just registered, with the secret its deliveries are signed with ({@code whsec_…},
     * base64 of the HMAC-SHA256 key). It is shown this once; keep it where the receiver can read it.
     */
    @Schema(requiredProperties = { "webhook", "secret" })
    public record Created(Webhook webhook, String secret) {
    }
}
