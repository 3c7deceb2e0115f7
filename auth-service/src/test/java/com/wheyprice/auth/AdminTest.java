package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static com.wheyprice.auth.AuthApi.accessToken;
import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static com.wheyprice.auth.AuthApi.register;
import static com.wheyprice.auth.AuthApi.registeredId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Tier changes follow the rules of the issue, and admins can page through accounts and the audit trail. */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class AdminTest {

    /** A fresh account with a token, and its id. */
    record User(String id, String email, String token) {
        static User create() {
            String email = AuthApi.email();
            String id = registeredId(email);
            return new User(id, email, accessToken(login(email, PASSWORD, ip())));
        }

        User signInAgain() {
            return new User(id, email, accessToken(login(email, PASSWORD, ip())));
        }
    }

    static String superAdminToken() {
        return accessToken(login(AuthTestResource.SUPER_ADMIN_EMAIL, AuthTestResource.SUPER_ADMIN_PASSWORD, ip()));
    }

    static io.restassured.response.Response setTier(String token, String userId, String tier) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("tier", tier))
                .when().put("/auth/admin/users/" + userId + "/tier");
    }

    @Test
    void bootstrapMadeTheFirstSuperAdmin() {
        given().auth().oauth2(superAdminToken()).when().get("/auth/me").then()
                .statusCode(200).body("tier", equalTo("SUPER_ADMIN"));
    }

    @Test
    void superAdminMakesAnAdminWhoMovesUsersBetweenUserAndPremium() {
        User admin = User.create();
        User shopper = User.create();
        setTier(superAdminToken(), admin.id(), "ADMIN").then().statusCode(200).body("tier", equalTo("ADMIN"));
        String adminToken = admin.signInAgain().token();

        setTier(adminToken, shopper.id(), "PREMIUM").then().statusCode(200).body("tier", equalTo("PREMIUM"));
        setTier(adminToken, shopper.id(), "USER").then().statusCode(200).body("tier", equalTo("USER"));
    }

    @Test
    void adminCannotGrantOrRemoveAdminRights() {
        User admin = User.create();
        User otherAdmin = User.create();
        User shopper = User.create();
        String root = superAdminToken();
        setTier(root, admin.id(), "ADMIN").then().statusCode(200);
        setTier(root, otherAdmin.id(), "ADMIN").then().statusCode(200);
        String adminToken = admin.signInAgain().token();

        setTier(adminToken, shopper.id(), "ADMIN").then().statusCode(403).body("type", equalTo("urn:whey:problem:forbidden"));
        setTier(adminToken, otherAdmin.id(), "USER").then().statusCode(403);
    }

    @Test
    void usersAndPremiumUsersCannotUseTheAdminApi() {
        User user = User.create();
        User other = User.create();
        setTier(user.token(), other.id(), "PREMIUM").then().statusCode(403);
        given().auth().oauth2(user.token()).when().get("/auth/admin/users").then().statusCode(403);
    }

    @Test
    void nobodyChangesTheirOwnTier() {
        User admin = User.create();
        setTier(superAdminToken(), admin.id(), "ADMIN").then().statusCode(200);

        setTier(admin.signInAgain().token(), admin.id(), "SUPER_ADMIN").then().statusCode(403);
    }

    @Test
    void demotedAdminLosesRightsEvenWithATokenThatStillSaysAdmin() {
        User admin = User.create();
        User shopper = User.create();
        String root = superAdminToken();
        setTier(root, admin.id(), "ADMIN").then().statusCode(200);
        String staleAdminToken = admin.signInAgain().token();
        setTier(root, admin.id(), "USER").then().statusCode(200);

        setTier(staleAdminToken, shopper.id(), "PREMIUM").then().statusCode(401);
        given().auth().oauth2(staleAdminToken).when().get("/auth/admin/users").then().statusCode(401);
        given().auth().oauth2(admin.signInAgain().token()).when().get("/auth/me").then().statusCode(200).body("tier", equalTo("USER"));
    }

    @Test
    void unknownTierIsAFieldError() {
        User shopper = User.create();
        setTier(superAdminToken(), shopper.id(), "PLATINUM").then().statusCode(400).body("errors.field", hasItem("tier"));
    }

    @Test
    void usersArePagedWithStableCursorsAndFoundByExactEmail() {
        User shopper = User.create();
        String root = superAdminToken();
        String next = given().auth().oauth2(root).queryParam("limit", 1).when().get("/auth/admin/users").then()
                .statusCode(200).body("items", hasSize(1)).body("next", notNullValue()).extract().path("next");
        given().auth().oauth2(root).queryParam("limit", 1).queryParam("after", next).when().get("/auth/admin/users").then()
                .statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(root).queryParam("email", shopper.email().toUpperCase()).when().get("/auth/admin/users").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.contains(shopper.id()));
        given().auth().oauth2(root).queryParam("after", "garbage!").when().get("/auth/admin/users").then()
                .statusCode(400).body("errors.field", hasItem("after"));
        given().auth().oauth2(root).queryParam("limit", 100000).when().get("/auth/admin/users").then().statusCode(400);
    }

    @Test
    void auditTrailRecordsSignupsLoginsAndTierChangesNewestFirst() {
        User shopper = User.create();
        String root = superAdminToken();
        setTier(root, shopper.id(), "PREMIUM").then().statusCode(200);

        List<Map<String, Object>> entries = given().auth().oauth2(root).queryParam("limit", 200).when().get("/auth/admin/audit").then()
                .statusCode(200).extract().jsonPath().getList("items");
        List<String> aboutShopper = entries.stream().filter(entry -> shopper.id().equals(entry.get("subjectId")))
                .map(entry -> (String) entry.get("action")).toList();
        assertThat(aboutShopper).containsSubsequence("TIER_CHANGE", "LOGIN", "SIGNUP");
        assertThat(entries.stream().filter(entry -> "TIER_CHANGE".equals(entry.get("action")) && shopper.id().equals(entry.get("subjectId")))
                .findFirst().orElseThrow()).containsEntry("detail", "USER -> PREMIUM").containsKey("ip").containsKey("actorId");
    }
}
