package com.wheyprice.auth.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How to reach a person, as auth-service answers a service that must write to them
 * ({@code GET /internal/accounts/{id}/contact}). notification-service asks for it at every send
 * and keeps no copy, so a changed address is used at once and an erased account is never written
 * to (it answers 404).
 *
 * @param emailVerified whether the owner proved the address is theirs
 * @param tier          what the person's notifications may be (immediate e-mail and webhooks are PREMIUM's)
 */
@Schema(requiredProperties = { "id", "email", "displayName", "emailVerified", "tier" })
public record Contact(UUID id, String email, String displayName, boolean emailVerified, Tier tier) {
}
