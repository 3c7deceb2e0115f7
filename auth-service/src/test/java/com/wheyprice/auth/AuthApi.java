package com.wheyprice.auth;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The calls the auth tests make, each from its own client IP unless told otherwise. */
public final class AuthApi {

    public static final String PASSWORD = "whey protein is 80 percent protein";

    private AuthApi() {
    }

    /** A fresh, unused email. */
    public static String email() {
        return "user-" + UUID.randomUUID() + "@whey.test";
    }

    /** A random client address, so throttling of one test never affects another. */
    public static String ip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public static RequestSpecification from(String ip) {
        return given().header("X-Forwarded-For", ip);
    }

    public static Response register(String email, String password) {
        return from(ip()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "displayName", "Test User"))
                .when().post("/auth/register");
    }

    public static Response login(String email, String password, String ip) {
        return from(ip).contentType(ContentType.JSON).body(Map.of("email", email, "password", password)).when().post("/auth/login");
    }

    public static Response refresh(String refreshToken) {
        return from(ip()).contentType(ContentType.URLENC).formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken)
                .when().post("/auth/token");
    }

    /** Registers a new user and answers its id (which registration does not tell: it answers alike for taken addresses). */
    public static String registeredId(String email) {
        register(email, PASSWORD).then().statusCode(202);
        String access = login(email, PASSWORD, ip()).then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(access).when().get("/auth/me").then().statusCode(200).extract().path("id");
    }

    /** Registers a new user and signs in; returns the token response. */
    public static Response newSignedInUser() {
        String email = email();
        register(email, PASSWORD).then().statusCode(202);
        return login(email, PASSWORD, ip()).then().statusCode(200).extract().response();
    }

    /** A service client's client-credentials access token. */
    public static String serviceToken(String clientId, String secret) {
        return given().auth().preemptive().basic(clientId, secret).contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .when().post("/auth/token").then().statusCode(200).extract().path("access_token");
    }

    public static String accessToken(Response tokens) {
        return tokens.path("access_token");
    }

    public static String refreshToken(Response tokens) {
        return tokens.path("refresh_token");
    }
}
