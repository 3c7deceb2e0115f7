package com.wheyprice.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.auth.crypto.BlindIndex;
import com.wheyprice.auth.crypto.PiiCipher;
import com.wheyprice.common.db.Database;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Rotating the PII key: data sealed under the old key is re-encrypted under the active one and still reads the same. */
@QuarkusTest
@QuarkusTestResource(value = PiiKeyRotationTest.TwoKeys.class, restrictToAnnotatedClass = true)
class PiiKeyRotationTest {

    static final byte[] OLD_KEY = filled(1);
    static final byte[] NEW_KEY = filled(2);
    static final byte[] INDEX_KEY = filled(3);

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) value);
        return key;
    }

    /** auth-service with keys k1 (old) and k2 (active) given in the environment, as in production. */
    public static class TwoKeys extends AuthTestResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            Base64.Encoder base64 = Base64.getEncoder();
            config.put("auth.pii-keys", "k1:" + base64.encodeToString(OLD_KEY) + ",k2:" + base64.encodeToString(NEW_KEY));
            config.put("auth.pii-active-key", "k2");
            config.put("auth.blind-index-key", base64.encodeToString(INDEX_KEY));
            return config;
        }
    }

    @Inject
    Database database;

    @Test
    void rotationReencryptsOldRowsWithTheActiveKey() {
        UUID id = UUID.randomUUID();
        String email = "old-key-" + id + "@whey.test";
        PiiCipher old = new PiiCipher(Map.of("k1", OLD_KEY), "k1");
        database.update("""
                INSERT INTO auth_user (id, email_index, email_cipher, display_name_cipher, pii_key_id, email_verified, password_hash,
                                       tier, status, created_at, updated_at)
                VALUES ($1, $2, $3, $4, 'k1', $5, NULL, 'USER', 'ACTIVE', $6, $6)""",
                id, new BlindIndex(INDEX_KEY).of(email), old.seal(email, id), old.seal("Old Timer", id), false, Instant.now())
                .await().atMost(Duration.ofSeconds(10));
        String root = AuthApi.accessToken(AuthApi.login(AuthTestResource.SUPER_ADMIN_EMAIL, AuthTestResource.SUPER_ADMIN_PASSWORD, AuthApi.ip()));

        given().auth().oauth2(root).when().post("/auth/admin/pii-keys/rotate").then()
                .statusCode(200)
                .body("reencrypted", greaterThanOrEqualTo(1));

        String keyId = database.first("SELECT pii_key_id FROM auth_user WHERE id = $1", row -> row.getString("pii_key_id"), id)
                .await().atMost(Duration.ofSeconds(10));
        assertThat(keyId).isEqualTo("k2");
        given().auth().oauth2(root).queryParam("email", email).when().get("/auth/admin/users").then()
                .statusCode(200)
                .body("items[0].displayName", equalTo("Old Timer"))
                .body("items[0].email", equalTo(email));
    }
}
