package com.wheyprice.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What every service of the suite promises over HTTP, whatever it does: health probes that
 * really check the database and Redis, {@code /healthz}, Prometheus metrics, request ids and
 * problem+json for unknown paths. A service proves it with an empty {@code @QuarkusTest}
 * subclass.
 */
public abstract class ServiceContractTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void readinessIsUpOnlyAfterCheckingDatabaseAndRedis() {
        Management.given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("database", "redis"))
                .body("checks.status", not(hasItems("DOWN")));
    }

    @Test
    void livenessAndStartupProbesAnswer() {
        Management.given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void operationsEndpointsAnswerOnTheManagementPortOnly() {
        for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            given().when().get(path).then().statusCode(404);
        }
        Management.given().accept("text/plain").when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void healthzReportsStatusVersionAndCommit() {
        given().when().get("/healthz").then()
                .statusCode(200)
                .contentType("application/json")
                .body("status", equalTo("UP"))
                .body("version", matchesPattern("\\d+\\.\\d+\\.\\d+.*"))
                .body("commit", matchesPattern("[0-9a-f]{7,}(-dirty)?"));
    }

    @Test
    void unknownPathIsAProblemJson404WithTheRequestId() {
        given().header("X-Request-Id", "contract-404").when().get("/no/such/path").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "contract-404")
                .body("type", equalTo("urn:whey:problem:not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/no/such/path"))
                .body("requestId", equalTo("contract-404"));
    }

    @Test
    void requestIdIsEchoedWhenAcceptableAndGeneratedOtherwise() {
        given().header("X-Request-Id", "abc.DEF-123_x").when().get("/healthz").then()
                .header("X-Request-Id", "abc.DEF-123_x");
        given().when().get("/healthz").then()
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
        given().header("X-Request-Id", "evil id with spaces <script>").when().get("/healthz").then()
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void prometheusMetricsIncludeHttpServerJvmAndDatabasePoolMetrics() {
        given().when().get("/healthz").then().statusCode(200);
        Management.given().accept("text/plain").when().get("/q/metrics").then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"))
                .body(anyOf(containsString("postgresql_queue_size"), containsString("datasource_pool_queue_size")));
    }
}
