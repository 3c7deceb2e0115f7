package com.wheyprice.common.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.wheyprice.common.testing.EmbeddedRedis;
import com.wheyprice.common.testing.FlakyDependenciesTestResource;
import com.wheyprice.common.testing.Management;
import com.wheyprice.common.testing.TcpProxy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Readiness tells the truth about the dependencies: DOWN within 10 s of Redis or PostgreSQL
 * going away, UP again once they return, with no restart of the service.
 */
@QuarkusTest
@QuarkusTestResource(value = FlakyDependenciesTestResource.class, restrictToAnnotatedClass = true)
class ReadinessFollowsDependenciesTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    EmbeddedRedis redis;
    TcpProxy postgres;

    @BeforeEach
    void bothDependenciesAreUp() {
        await().atMost(WITHIN).untilAsserted(() -> ready(200, "UP", "UP"));
    }

    @Test
    void readinessGoesDownWithoutRedisAndRecoversWhenItReturns() {
        redis.stop();
        await().atMost(WITHIN).untilAsserted(() -> ready(503, "UP", "DOWN"));

        redis.start();
        await().atMost(WITHIN).untilAsserted(() -> ready(200, "UP", "UP"));
    }

    @Test
    void readinessGoesDownWithoutPostgresAndRecoversWhenItReturns() {
        postgres.stop();
        await().atMost(WITHIN).untilAsserted(() -> ready(503, "DOWN", "UP"));

        postgres.start();
        await().atMost(WITHIN).untilAsserted(() -> ready(200, "UP", "UP"));
    }

    private static void ready(int status, String database, String redis) {
        Management.given().when().get("/q/health/ready").then()
                .statusCode(status)
                .body("checks.find { it.name == 'database' }.status", equalTo(database))
                .body("checks.find { it.name == 'redis' }.status", equalTo(redis));
    }
}
