package com.wheyprice.auth.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data (email, display name) at rest with AES-256-GCM. Every value is bound to
 * its row id (as associated data), so a ciphertext copied onto another row does not decrypt, and
 * is stored with the id of its key, so keys can be rotated: new data uses the active key, old
 * data stays readable until re-encrypted.
 */
public final class PiiCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    /** One encrypted value and the id of the key that encrypted it. */
    public record Sealed(String keyId, String ciphertext) {
    }

    public PiiCipher(Map<String, byte[]> keys, String activeKeyId) {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active PII key '" + activeKeyId + "' is not among the configured keys " + keys.keySet());
        }
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        keys.forEach((id, bytes) -> {
            if (bytes.length != 32) {
                throw new IllegalArgumentException("PII key '" + id + "' must be 32 bytes (AES-256), got " + bytes.length);
            }
            ring.put(id, new SecretKeySpec(bytes, "AES"));
        });
        this.keys = Map.copyOf(ring);
        this.activeKeyId = activeKeyId;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public String seal(String plaintext, UUID rowId) {
        return seal(plaintext, rowId, activeKeyId);
    }

    private String seal(String plaintext, UUID rowId, String keyId) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(keyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(rowId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String open(String ciphertext, String keyId, UUID rowId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("PII key '" + keyId + "' is not configured; it is still needed to read existing rows");
        }
        byte[] data = Base64.getDecoder().decode(ciphertext);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(associatedData(rowId));
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII of row " + rowId + " does not decrypt with key '" + keyId + "'", e);
        }
    }

    /** Decrypts with the old key and encrypts with the active one. */
    public String reseal(String ciphertext, String keyId, UUID rowId) {
        return seal(open(ciphertext, keyId, rowId), rowId, activeKeyId);
    }

    private static byte[] associatedData(UUID rowId) {
        return rowId.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
