package com.wheyprice.api.flags;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A feature flag as admins see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "name", "enabled", "rolloutPercent", "version" })
public record Flag(String name, boolean enabled, int rolloutPercent, String description, UUID updatedBy, Instant updatedAt, long version) {

    /** What an admin sets; a new flag needs a description. */
    public record Change(@NotNull Boolean enabled, @Min(0) @Max(100) Integer rolloutPercent, @Size(max = 500) String description) {
    }

    /** The flags api-service creates when they do not exist yet, with what they switch. */
    record Seed(String name, boolean enabled, int rolloutPercent, String description) {
    }
}
