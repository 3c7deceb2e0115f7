package com.wheyprice.notification.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a person gets one kind of message on one channel; every kind is on until they turn it off. */
@Schema(requiredProperties = { "channel", "kind", "enabled" })
public record Preference(Channel channel, Kind kind, boolean enabled) {

    /** A change of one preference ({@code PUT …/preferences/{channel}/{kind}}); {@code enabled} must be sent, never assumed. */
    @Schema(requiredProperties = { "enabled" })
    public record Change(@NotNull Boolean enabled) {
    }
}
