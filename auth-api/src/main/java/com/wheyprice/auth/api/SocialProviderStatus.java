package com.wheyprice.auth.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A social sign-in provider ({@code google}, {@code github}, {@code facebook}) and whether this deployment has it on. */
@Schema(requiredProperties = { "id", "enabled" })
public record SocialProviderStatus(String id, boolean enabled) {
}
