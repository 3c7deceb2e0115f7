package com.wheyprice.auth.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}), which records the parameters with each
 * hash so they can be raised later without losing the ability to check old ones.
 *
 * @param memoryKib   memory cost
 * @param iterations  time cost
 * @param parallelism lanes
 */
public record Argon2Hash(int memoryKib, int iterations, int parallelism) {

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    public String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(secret, salt, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    /** Whether {@code secret} matches {@code phc}, computed with the parameters recorded in {@code phc}. */
    public static boolean verify(String secret, String phc) {
        Matcher parts = parse(phc);
        Argon2Hash recorded = new Argon2Hash(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                Integer.parseInt(parts.group(3)));
        byte[] expected = Base64.getDecoder().decode(parts.group(5));
        byte[] actual = recorded.derive(secret, Base64.getDecoder().decode(parts.group(4)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether {@code phc} was made with weaker parameters than these, and so should be redone. */
    public boolean isWeakerThanThis(String phc) {
        Matcher parts = parse(phc);
        return Integer.parseInt(parts.group(1)) < memoryKib || Integer.parseInt(parts.group(2)) < iterations
                || Integer.parseInt(parts.group(3)) < parallelism;
    }

    private static Matcher parse(String phc) {
        Matcher parts = PHC.matcher(phc);
        if (!parts.matches()) {
            throw new IllegalArgumentException("not an Argon2id PHC string");
        }
        return parts;
    }

    private byte[] derive(String secret, byte[] salt, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(secret.toCharArray(), out);
        return out;
    }
}
