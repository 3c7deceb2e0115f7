package com.wheyprice.common.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What every service promises about hostile input, run by each against its own write and search
 * endpoints: a NUL, a control character or half a surrogate pair in any text, a parameter that
 * is not of its type, an unknown currency… is a 400 {@code application/problem+json} naming the
 * field or parameter, and nothing is written; an overlong URI is a 414, an oversized body a 413
 * and a body without a declared length a 411, all with a problem body. A service proves it with a subclass listing its requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostileInputContract {

    /**
     * One hostile request: its name, the bearer token it carries (none when the supplier is null;
     * asked for only when the request is sent, once the service is up), what it sends, and the
     * field the answer must name.
     */
    public record Hostile(String name, Supplier<String> token, String method, String path, String json, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The service's hostile requests, at least one per write and search endpoint. */
    protected abstract Stream<Hostile> hostileRequests();

    /** What a reader of the service's data sees (its lists, as an admin); a hostile request must leave it as it was. */
    protected abstract String state();

    /** A write the service accepts, whose body the oversized-body case blows up. */
    protected abstract Hostile aWrite();

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void aHostileInputIsA400ProblemNamingTheFieldAndChangesNothing(Hostile hostile) {
        String before = state();

        Response answer = send(hostile, hostile.json());

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<List<String>>path("errors.field")).as(answer.asString()).contains(hostile.field());
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void anOverlongUriIsA414Problem() {
        Response answer = given().get(aWrite().path() + "?q=" + "a".repeat(9000));

        assertThat(answer.statusCode()).isEqualTo(414);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<String>path("type")).isEqualTo("urn:whey:problem:uri-too-long");
    }

    @Test
    void anOversizedBodyIsA413ProblemAndChangesNothing() {
        String before = state();
        Hostile write = aWrite();

        Response answer = send(write, "{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<String>path("type")).isEqualTo("urn:whey:problem:payload-too-large");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aBodyWithoutADeclaredLengthIsA411ProblemAndChangesNothing() throws Exception {
        String before = state();
        Hostile write = aWrite();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Transfer-Encoding", "chunked");
        if (write.token() != null) {
            headers.put("Authorization", "Bearer " + write.token().get());
        }

        LoopbackClient.Response answer = new LoopbackClient(1).send(RestAssured.port, write.method(), write.path(), headers, "{}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(411);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("urn:whey:problem:length-required");
        assertThat(state()).isEqualTo(before);
    }

    private static Response send(Hostile hostile, String json) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (hostile.token() != null) {
            request = request.auth().oauth2(hostile.token().get());
        }
        if (json != null) {
            request = request.contentType(ContentType.JSON).body(json);
        }
        return request.when().request(hostile.method(), hostile.path());
    }
}
