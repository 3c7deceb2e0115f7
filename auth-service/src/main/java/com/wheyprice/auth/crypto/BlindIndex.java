package com.wheyprice.auth.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed HMAC-SHA256 of a normalised email: equal emails give equal indexes, so accounts can be
 * found and kept unique by email, while the table alone reveals nothing about the addresses.
 */
public final class BlindIndex {

    private final SecretKeySpec key;

    public BlindIndex(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the blind index key must be at least 32 bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String of(String normalisedEmail) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalisedEmail.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
