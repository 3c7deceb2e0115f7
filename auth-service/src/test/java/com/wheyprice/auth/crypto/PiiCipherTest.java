package com.wheyprice.auth.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PiiCipherTest {

    private static final byte[] OLD = bytes(1);
    private static final byte[] NEW = bytes(2);

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return key;
    }

    @Test
    void sealedValueOpensOnlyOnItsOwnRow() {
        PiiCipher cipher = new PiiCipher(Map.of("k1", OLD), "k1");
        UUID row = UUID.randomUUID();
        String sealed = cipher.seal("ana@example.com", row);

        assertThat(sealed).doesNotContain("ana");
        assertThat(cipher.open(sealed, "k1", row)).isEqualTo("ana@example.com");
        assertThatThrownBy(() -> cipher.open(sealed, "k1", UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rotationKeepsOldDataReadableAndResealsWithTheActiveKey() {
        UUID row = UUID.randomUUID();
        String underOldKey = new PiiCipher(Map.of("k1", OLD), "k1").seal("Ana", row);
        PiiCipher rotated = new PiiCipher(Map.of("k1", OLD, "k2", NEW), "k2");

        assertThat(rotated.open(underOldKey, "k1", row)).isEqualTo("Ana");
        String resealed = rotated.reseal(underOldKey, "k1", row);
        assertThat(new PiiCipher(Map.of("k2", NEW), "k2").open(resealed, "k2", row)).isEqualTo("Ana");
    }

    @Test
    void misconfiguredKeysAreRefused() {
        assertThatThrownBy(() -> new PiiCipher(Map.of("k1", OLD), "k9")).hasMessageContaining("k9");
        assertThatThrownBy(() -> new PiiCipher(Map.of("k1", new byte[16]), "k1")).hasMessageContaining("32 bytes");
    }

    @Test
    void blindIndexIsStableAndKeyed() {
        BlindIndex index = new BlindIndex(OLD);

        assertThat(index.of("ana@example.com")).isEqualTo(index.of("ana@example.com")).hasSize(64);
        assertThat(new BlindIndex(NEW).of("ana@example.com")).isNotEqualTo(index.of("ana@example.com"));
    }
}
