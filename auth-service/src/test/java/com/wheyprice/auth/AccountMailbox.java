package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.serviceToken;
import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;

import io.restassured.response.Response;

/**
 * What notification-service would send a person about their account: the newest message of a
 * kind, opened through the internal API as the notifier opens it (which mints its link's token).
 */
final class AccountMailbox {

    private final Database database;

    AccountMailbox(Database database) {
        this.database = database;
    }

    /** The ids of the account's messages of this kind, newest first. */
    List<UUID> ids(String userId, AccountMailKind kind) {
        return database.list("SELECT id FROM auth_account_mail WHERE user_id = $1 AND kind = $2 ORDER BY created_at DESC, id",
                row -> Rows.uuid(row, "id"), UUID.fromString(userId), kind.name()).await().atMost(Duration.ofSeconds(10));
    }

    /** Opens the newest message of this kind as the notifier does; the answer is its {@code AccountMail}. */
    Response open(String userId, AccountMailKind kind) {
        List<UUID> ids = ids(userId, kind);
        if (ids.isEmpty()) {
            throw new AssertionError("no " + kind + " message for " + userId);
        }
        return open(ids.get(0));
    }

    Response open(UUID mailId) {
        return given().auth().oauth2(serviceToken(AuthTestResource.NOTIFIER_ID, AuthTestResource.NOTIFIER_SECRET))
                .when().post("/internal/account-mails/" + mailId + "/open");
    }

    /** The link token of the newest message of this kind. */
    String token(String userId, AccountMailKind kind) {
        return open(userId, kind).then().statusCode(200).extract().path("token");
    }
}
