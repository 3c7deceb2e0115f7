package com.wheyprice.auth.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A signed-in device: one refresh-token family. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Session(UUID id, UUID userId, String device, String ip, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
        String revokedReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
