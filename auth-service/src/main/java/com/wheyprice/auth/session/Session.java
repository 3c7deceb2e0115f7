package com.wheyprice.auth.session;

import java.time.Instant;
import java.util.UUID;

/** A signed-in device: one refresh-token family. */
public record Session(UUID id, UUID userId, String device, String ip, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
        String revokedReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
