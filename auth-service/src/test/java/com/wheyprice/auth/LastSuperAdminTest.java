package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.accessToken;
import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** On its own database, where the bootstrapped super admin is certainly the only one. */
@QuarkusTest
@QuarkusTestResource(value = LastSuperAdminTest.OwnDatabase.class, restrictToAnnotatedClass = true)
class LastSuperAdminTest {

    /** The usual auth-service setup, as a separate resource so this class gets a database of its own. */
    public static class OwnDatabase extends AuthTestResource {
    }

    @Test
    void theOnlySuperAdminCannotEraseItselfOrChangeItsOwnTier() {
        String root = accessToken(login(AuthTestResource.SUPER_ADMIN_EMAIL, AuthTestResource.SUPER_ADMIN_PASSWORD, ip()));
        String rootId = given().auth().oauth2(root).get("/auth/me").then().body("tier", equalTo("SUPER_ADMIN")).extract().path("id");

        given().auth().oauth2(root).when().delete("/auth/me").then()
                .statusCode(409)
                .body("type", equalTo("urn:whey:problem:conflict"));
        given().auth().oauth2(root).contentType("application/json").body("{\"tier\":\"ADMIN\"}")
                .when().put("/auth/admin/users/" + rootId + "/tier").then().statusCode(403);
        given().auth().oauth2(root).when().get("/auth/me").then().statusCode(200).body("tier", equalTo("SUPER_ADMIN"));
    }
}
