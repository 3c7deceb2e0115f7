package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static com.wheyprice.auth.AuthApi.accessToken;
import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static com.wheyprice.auth.AuthApi.refresh;
import static com.wheyprice.auth.AuthApi.refreshToken;
import static com.wheyprice.auth.AuthApi.register;
import static com.wheyprice.auth.AuthApi.registeredId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Row;

/** Personal data is encrypted at rest, can be exported by its owner, and is erased on request. */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class GdprTest {

    @Inject
    Database database;

    private Row storedRow(String id) {
        return database.first("SELECT * FROM auth_user WHERE id = $1", row -> row, UUID.fromString(id)).await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void emailAndNameAreStoredEncryptedAndFoundThroughTheBlindIndex() {
        String email = email();
        String id = registeredId(email);

        Row row = storedRow(id);
        assertThat(row.getString("email_cipher")).doesNotContain(email).doesNotContain("whey.test");
        assertThat(row.getString("display_name_cipher")).doesNotContain("Test User");
        assertThat(row.getString("email_index")).matches("[0-9a-f]{64}").doesNotContain(email);
        assertThat(row.getString("pii_key_id")).isNotBlank();
        assertThat(row.getString("password_hash")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void exportHoldsTheAccountSessionsAndAuditTrail() {
        String email = email();
        register(email, PASSWORD).then().statusCode(202);
        String token = accessToken(login(email, PASSWORD, ip()));

        given().auth().oauth2(token).when().get("/auth/me/export").then()
                .statusCode(200)
                .body("account.email", equalTo(email))
                .body("sessions", hasSize(1))
                .body("audit.action", hasItem("SIGNUP"))
                .body("audit.action", hasItem("LOGIN"))
                .body("exportedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void erasureRemovesPersonalDataEndsSessionsAndKeepsAnAnonymousTrail() {
        String email = email();
        String id = registeredId(email);
        Response tokens = login(email, PASSWORD, ip());

        given().auth().oauth2(accessToken(tokens)).when().delete("/auth/me").then().statusCode(204);

        Row row = storedRow(id);
        assertThat(row.getString("status")).isEqualTo("ERASED");
        assertThat(row.getString("email_cipher")).isEmpty();
        assertThat(row.getString("display_name_cipher")).isEmpty();
        assertThat(row.getString("password_hash")).isNull();
        refresh(refreshToken(tokens)).then().statusCode(401);
        login(email, PASSWORD, ip()).then().statusCode(401);
        given().auth().oauth2(accessToken(tokens)).when().get("/auth/me").then().statusCode(401);
        long trail = database.first("SELECT COUNT(*) AS n FROM auth_audit WHERE subject_id = $1 AND action = 'ERASURE'",
                r -> Rows.count(r, "n"), UUID.fromString(id)).await().atMost(Duration.ofSeconds(10));
        assertThat(trail).isEqualTo(1);
        register(email, PASSWORD).then().statusCode(202);
    }
}
