package com.wheyprice.auth.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of re-encrypting personal data with the active PII key: how many records were re-encrypted. */
@Schema(requiredProperties = { "reencrypted" })
public record KeyRotation(int reencrypted) {
}
