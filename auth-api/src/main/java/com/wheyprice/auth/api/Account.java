package com.wheyprice.auth.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.auth.api.Tier;

/** An account as its owner and admins see it (personal data decrypted); auth-service writes it, api-service documents it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "emailVerified", "tier", "status", "createdAt" })
public record Account(UUID id, String email, String displayName, boolean emailVerified, Tier tier, AccountStatus status,
        Instant createdAt, Instant updatedAt) {
}
