package com.wheyprice.auth.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A signed-in device: one refresh-token family. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "userId", "createdAt" })
public record Session(UUID id, UUID userId, String device, String ip, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
        String revokedReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
