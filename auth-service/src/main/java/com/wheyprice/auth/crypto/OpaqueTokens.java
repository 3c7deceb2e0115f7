package com.wheyprice.auth.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque tokens (refresh tokens, the tokens of e-mailed links): 256 random bits, handed out once
 * and stored only as their SHA-256 (a stolen table holds nothing usable; the token's entropy makes
 * a slow hash needless). A prefix says what a token is for, so one found in a log is recognised.
 */
public final class OpaqueTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The prefix of refresh tokens. */
    public static final String REFRESH = "wrt_";
    /** The prefix of the tokens in e-mailed links. */
    public static final String LINK = "wlt_";

    private OpaqueTokens() {
    }

    public static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
