package com.wheyprice.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The form a mail client posts for RFC 8058 one-click unsubscribe ({@code List-Unsubscribe=One-Click},
 * form-urlencoded or multipart); the link's token says who and what, so the body carries nothing else.
 */
@Schema(name = "OneClickUnsubscribe")
public record OneClickUnsubscribe(@JsonProperty("List-Unsubscribe") @Schema(examples = "One-Click") String listUnsubscribe) {
}
