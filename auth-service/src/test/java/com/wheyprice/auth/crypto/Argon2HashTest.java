package com.wheyprice.auth.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Argon2HashTest {

    private final Argon2Hash cheap = new Argon2Hash(1024, 1, 1);

    @Test
    void hashRecordsItsParametersAndVerifiesOnlyTheRightSecret() {
        String phc = cheap.hash("correct horse");

        assertThat(phc).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(Argon2Hash.verify("correct horse", phc)).isTrue();
        assertThat(Argon2Hash.verify("correct hors", phc)).isFalse();
    }

    @Test
    void sameSecretHashesDifferentlyEachTime() {
        assertThat(cheap.hash("x")).isNotEqualTo(cheap.hash("x"));
    }

    @Test
    void hashesMadeAtALowerCostAreReportedForRehashing() {
        String old = cheap.hash("secret");

        assertThat(new Argon2Hash(2048, 1, 1).isWeakerThanThis(old)).isTrue();
        assertThat(new Argon2Hash(1024, 2, 1).isWeakerThanThis(old)).isTrue();
        assertThat(cheap.isWeakerThanThis(old)).isFalse();
        assertThat(Argon2Hash.verify("secret", old)).isTrue();
    }

    @Test
    void somethingThatIsNotAnArgon2idHashIsRefused() {
        assertThatThrownBy(() -> Argon2Hash.verify("x", "$2a$10$bcrypt")).isInstanceOf(IllegalArgumentException.class);
    }
}
