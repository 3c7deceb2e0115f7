package com.wheyprice.auth.api;

/** The outcome of re-encrypting personal data with the active PII key: how many records were re-encrypted. */
public record KeyRotation(int reencrypted) {
}
