package com.wheyprice.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every way a request can fail is answered as application/problem+json with a stable type. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true)
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void wrongMethodIs405() {
        given().when().delete("/sample/orders").then()
                .statusCode(405)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:whey:problem:method-not-allowed"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType(ContentType.TEXT).body("name=x").when().post("/sample/orders").then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:whey:problem:unsupported-media-type"));
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", ").when().post("/sample/orders").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:whey:problem:malformed-body"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void wronglyTypedFieldIs400NamingTheFieldWithoutJavaInternals() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"quantity\": \"lots\"}").when().post("/sample/orders").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:whey:problem:malformed-body"))
                .body("detail", containsString("'quantity'"))
                .body("detail", not(containsString("com.wheyprice")));
    }

    @Test
    void invalidBodyIs400ListingEveryInvalidField() {
        given().contentType(ContentType.JSON).body("{\"name\": \"\", \"quantity\": 0, \"email\": \"not-an-email\"}")
                .when().post("/sample/orders").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:whey:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("email", "name", "quantity"));
    }

    @Test
    void invalidQueryParameterIs400NamingTheParameter() {
        given().queryParam("limit", 5000).when().get("/sample/search").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("limit"));
    }

    @Test
    void validBodyIsAccepted() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Whey\", \"quantity\": 2, \"email\": \"a@b.example\"}")
                .when().post("/sample/orders").then()
                .statusCode(200)
                .body("quantity", equalTo(2));
    }

    @Test
    void applicationProblemKeepsItsTypeAndDetail() {
        given().when().get("/sample/conflict").then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:whey:problem:conflict"))
                .body("detail", equalTo("the variant was changed by someone else"));
    }

    @Test
    void unexpectedFailureIs500WithRequestIdAndNoInternals() {
        given().header("X-Request-Id", "boom-1").when().get("/sample/boom").then()
                .statusCode(500)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:whey:problem:internal-error"))
                .body("requestId", equalTo("boom-1"))
                .body(not(containsString("internal detail")))
                .body(not(containsString("Exception")));
    }

    @Test
    void requestIdIsForwardedOnCallsToOtherServices() {
        given().header("X-Request-Id", "trace-me-42").when().get("/sample/downstream-request-id").then()
                .statusCode(200)
                .body(equalTo("trace-me-42"));
    }
}
