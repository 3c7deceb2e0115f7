package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.accessToken;
import static com.wheyprice.auth.AuthApi.newSignedInUser;
import static com.wheyprice.auth.AuthApi.refresh;
import static com.wheyprice.auth.AuthApi.refreshToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Refresh tokens rotate; a rotated token used again revokes its whole family; sessions can be listed and ended. */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class SessionsTest {

    @Test
    void refreshRotatesTheRefreshToken() {
        Response first = newSignedInUser();

        Response second = refresh(refreshToken(first)).then().statusCode(200).extract().response();

        assertThat(refreshToken(second)).isNotEqualTo(refreshToken(first));
        given().auth().oauth2(accessToken(second)).when().get("/auth/me").then().statusCode(200);
        refresh(refreshToken(second)).then().statusCode(200);
    }

    @Test
    void reusingARotatedTokenRevokesTheWholeFamily() {
        Response first = newSignedInUser();
        Response second = refresh(refreshToken(first)).then().statusCode(200).extract().response();

        refresh(refreshToken(first)).then().statusCode(401).body("type", equalTo("urn:whey:problem:unauthorized"));

        refresh(refreshToken(second)).then().statusCode(401);
    }

    @Test
    void simultaneousRefreshesWithOneTokenIssueExactlyOneAndRevokeTheFamily() throws Exception {
        Response tokens = newSignedInUser();
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return refresh(refreshToken(tokens));
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> result : results) {
            responses.add(result.get());
        }
        pool.shutdown();

        List<Response> issued = responses.stream().filter(response -> response.statusCode() == 200).toList();
        assertThat(issued).hasSize(1);
        assertThat(responses).filteredOn(response -> response.statusCode() != 200).allMatch(response -> response.statusCode() == 401);
        refresh(refreshToken(issued.get(0))).then().statusCode(401);
    }

    @Test
    void unknownRefreshTokenIsRefusedAndMissingOneIsAFieldError() {
        refresh("wrt_made-up").then().statusCode(401);
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "refresh_token")
                .when().post("/auth/token").then().statusCode(400);
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .when().post("/auth/token").then().statusCode(400);
    }

    @Test
    void logoutEndsTheSessionOfTheToken() {
        Response tokens = newSignedInUser();

        given().auth().oauth2(accessToken(tokens)).when().post("/auth/logout").then().statusCode(204);

        refresh(refreshToken(tokens)).then().statusCode(401);
    }

    /** The shopper signs out, and the access token in their hand stops working at once, not when it expires. */
    @Test
    void afterLogoutTheAccessTokenStopsWorking() {
        Response tokens = newSignedInUser();
        given().auth().oauth2(accessToken(tokens)).when().get("/auth/me").then().statusCode(200);

        given().auth().oauth2(accessToken(tokens)).when().post("/auth/logout").then().statusCode(204);

        given().auth().oauth2(accessToken(tokens)).when().get("/auth/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    /** A thief replays a copied refresh token: the victim's session ends, and so do the access tokens it handed out. */
    @Test
    void reusingARotatedTokenAlsoEndsTheAccessTokensOfItsSession() {
        Response first = newSignedInUser();
        Response second = refresh(refreshToken(first)).then().statusCode(200).extract().response();
        given().auth().oauth2(accessToken(second)).when().get("/auth/me").then().statusCode(200);

        refresh(refreshToken(first)).then().statusCode(401);

        given().auth().oauth2(accessToken(second)).when().get("/auth/me").then().statusCode(401);
    }

    @Test
    void usersListTheirSessionsAndEndOne() {
        Response first = newSignedInUser();
        String email = given().auth().oauth2(accessToken(first)).get("/auth/me").path("email");
        Response second = AuthApi.login(email, AuthApi.PASSWORD, AuthApi.ip()).then().statusCode(200).extract().response();

        List<String> newestFirst = given().auth().oauth2(accessToken(second)).when().get("/auth/me/sessions").then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].device", not(equalTo(null)))
                .body("[0].ip", not(equalTo(null)))
                .extract().path("id");

        given().auth().oauth2(accessToken(second)).when().delete("/auth/me/sessions/" + newestFirst.get(1)).then().statusCode(204);

        given().auth().oauth2(accessToken(second)).when().get("/auth/me/sessions").then().body("id", contains(newestFirst.get(0)));
        refresh(refreshToken(first)).then().statusCode(401);
        given().auth().oauth2(accessToken(first)).when().get("/auth/me").then().statusCode(401);
        refresh(refreshToken(second)).then().statusCode(200);
    }

    @Test
    void someoneElsesSessionCannotBeEnded() {
        Response mine = newSignedInUser();
        Response theirs = newSignedInUser();
        String theirSession = given().auth().oauth2(accessToken(theirs)).get("/auth/me/sessions").path("[0].id");

        given().auth().oauth2(accessToken(mine)).when().delete("/auth/me/sessions/" + theirSession).then().statusCode(404);
        refresh(refreshToken(theirs)).then().statusCode(200);
    }
}
