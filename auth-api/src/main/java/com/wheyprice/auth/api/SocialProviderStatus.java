package com.wheyprice.auth.api;

/** A social sign-in provider ({@code google}, {@code github}, {@code facebook}) and whether this deployment has it on. */
public record SocialProviderStatus(String id, boolean enabled) {
}
