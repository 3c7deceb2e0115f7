package com.wheyprice.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.testing.Management;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every endpoint of auth-service is in its OpenAPI document, with the bearer security scheme. */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class OpenApiTest {

    @Test
    void documentListsEveryEndpointAndTheBearerScheme() {
        Management.given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/auth/register"))
                .body("paths", hasKey("/auth/login"))
                .body("paths", hasKey("/auth/token"))
                .body("paths", hasKey("/auth/logout"))
                .body("paths", hasKey("/auth/me"))
                .body("paths", hasKey("/auth/me/export"))
                .body("paths", hasKey("/auth/me/sessions"))
                .body("paths", hasKey("/auth/me/sessions/{id}"))
                .body("paths", hasKey("/auth/admin/users"))
                .body("paths", hasKey("/auth/admin/users/{id}/tier"))
                .body("paths", hasKey("/auth/admin/audit"))
                .body("paths", hasKey("/auth/admin/pii-keys/rotate"))
                .body("paths", hasKey("/auth/social/providers"))
                .body("paths", hasKey("/auth/social/{provider}"))
                .body("paths", hasKey("/auth/social/{provider}/callback"))
                .body("paths", hasKey("/.well-known/openid-configuration"))
                .body("paths", hasKey("/auth/jwks"))
                .body("components.securitySchemes", hasKey("SecurityScheme"));
    }
}
