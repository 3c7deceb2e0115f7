package com.wheyprice.common.contract;

/** The outcome of re-encrypting personal data with the active PII key: how many records were re-encrypted. */
public record KeyRotation(int reencrypted) {
}
