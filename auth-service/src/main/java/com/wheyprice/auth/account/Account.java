package com.wheyprice.auth.account;

import java.time.Instant;
import java.util.UUID;

import com.wheyprice.common.security.Tier;

/** An account as the rest of auth-service sees it: personal data already decrypted. */
public record Account(UUID id, String email, String displayName, boolean emailVerified, Tier tier, AccountStatus status,
        Instant createdAt, Instant updatedAt) {
}
