package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static com.wheyprice.auth.AuthApi.accessToken;
import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static com.wheyprice.auth.AuthApi.newSignedInUser;
import static com.wheyprice.auth.AuthApi.refresh;
import static com.wheyprice.auth.AuthApi.refreshToken;
import static com.wheyprice.auth.AuthApi.register;
import static com.wheyprice.auth.AuthApi.registeredId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.event.AuthEvent;
import com.wheyprice.auth.api.event.AuthStreams;
import com.wheyprice.auth.api.event.SubjectErased;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamRange;
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

    @Inject
    RedisDataSource redis;

    @Inject
    RedisKeys keys;

    @Inject
    ObjectMapper json;

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

    @Test
    void erasureTellsEveryOtherServiceOnceAndItsReceiptShowsWhen() {
        String email = email();
        String id = registeredId(email);
        String admin = AdminTest.superAdminToken();
        given().auth().oauth2(admin).when().get("/auth/admin/erasures/" + id).then()
                .statusCode(200).body("service", equalTo("auth-service")).body("erasedAt", nullValue());
        String token = accessToken(login(email, PASSWORD, ip()));

        given().auth().oauth2(token).when().delete("/auth/me").then().statusCode(204);

        List<SubjectErased> told = await().atMost(Duration.ofSeconds(10)).until(() -> erasuresPublishedOf(UUID.fromString(id)), found -> !found.isEmpty());
        assertThat(told).as("one event, on the stream the other services read").hasSize(1);
        given().auth().oauth2(admin).when().get("/auth/admin/erasures/" + id).then()
                .statusCode(200).body("subject", equalTo(id)).body("erasedAt", notNullValue());
        given().auth().oauth2(accessToken(newSignedInUser())).when().get("/auth/admin/erasures/" + id).then().statusCode(403);
    }

    /** The erasures of this account on auth's stream, read as the other services read them: with auth-api's records. */
    private List<SubjectErased> erasuresPublishedOf(UUID subject) {
        return redis.stream(String.class).xrange(keys.key("auth", AuthStreams.SUBJECTS), StreamRange.of("-", "+")).stream()
                .map(entry -> {
                    try {
                        return json.readValue(entry.payload().get(AuthStreams.FIELD), AuthEvent.class);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                })
                .filter(event -> event instanceof SubjectErased erased && erased.subject().equals(subject))
                .map(SubjectErased.class::cast)
                .toList();
    }
}
