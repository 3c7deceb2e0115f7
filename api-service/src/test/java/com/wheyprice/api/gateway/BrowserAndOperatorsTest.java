package com.wheyprice.api.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.wheyprice.api.ApiTestResource;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.testing.Management;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What browsers and operators see of api-service: the CORS allow-list, security headers, and request metrics by route, status and tier. */
@QuarkusTest
@QuarkusTestResource(value = ApiTestResource.class, restrictToAnnotatedClass = true)
class BrowserAndOperatorsTest {

    TestIssuer issuer;

    @Test
    void onlyAllowedOriginsMayCallFromABrowser() {
        given().header("Origin", ApiTestResource.ALLOWED_ORIGIN).header("Access-Control-Request-Method", "GET")
                .options("/api/v1/products")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ApiTestResource.ALLOWED_ORIGIN);
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/products")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        given().auth().oauth2(issuer.token(Tier.ADMIN)).get("/api/v1/brands")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void requestsAreCountedByRouteTemplateStatusAndTier() {
        given().auth().oauth2(issuer.token(Tier.PREMIUM)).get("/api/v1/products/some-product").then().statusCode(503);
        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("whey_api_requests_total{route=\"GET /api/v1/products/{slugOrId}\",status=\"503\",tier=\"PREMIUM\"}"));
    }

    @Test
    void requestBodiesOverTheLimitAreRefused() {
        given().auth().oauth2(issuer.token(Tier.USER)).contentType("application/json").body("{\"url\":\"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/v1/discoveries")
                .then().statusCode(413);
        given().get("/healthz").then().statusCode(200).body("status", equalTo("UP"));
    }
}
