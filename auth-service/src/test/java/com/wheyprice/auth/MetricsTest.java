package com.wheyprice.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.testing.Management;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class MetricsTest {

    @Test
    void signupsLoginsAndRefreshesAreCountedByOutcome() {
        AuthApi.refresh(AuthApi.refreshToken(AuthApi.newSignedInUser())).then().statusCode(200);
        AuthApi.login(AuthApi.email(), AuthApi.PASSWORD, AuthApi.ip()).then().statusCode(401);

        Management.given().accept("text/plain").when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("whey_auth_signups_total"))
                .body(containsString("whey_auth_logins_total{outcome=\"success\""))
                .body(containsString("whey_auth_logins_total{outcome=\"failure\""))
                .body(containsString("whey_auth_token_refresh_total{outcome=\"success\""));
    }
}
