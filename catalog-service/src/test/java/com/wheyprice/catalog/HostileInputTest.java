package com.wheyprice.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.wheyprice.common.security.Tier;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * An attacker's inputs against catalog's write and search endpoints, on PostgreSQL (which cannot
 * store a NUL): each is a 400 {@code application/problem+json} naming the field or parameter,
 * and nothing is written.
 */
@QuarkusTest
@QuarkusTestResource(value = CatalogTestResource.class, restrictToAnnotatedClass = true)
class HostileInputTest {

    TestIssuer issuer;

    /** One hostile request: who sends it, what, and the field the answer must name. */
    record Hostile(String name, Tier tier, String method, String path, String json, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Hostile> hostileRequests() {
        String variant = UUID.randomUUID().toString();
        return List.of(
                new Hostile("a NUL in a brand's name", Tier.ADMIN, "POST", "/catalog/admin/brands",
                        "{\"slug\":\"nul-brand\",\"name\":\"Opti\\u0000mum\",\"country\":\"IN\"}", "name"),
                new Hostile("half a surrogate pair in a brand's name", Tier.ADMIN, "POST", "/catalog/admin/brands",
                        "{\"slug\":\"surrogate-brand\",\"name\":\"Opti\\ud800mum\",\"country\":\"IN\"}", "name"),
                new Hostile("a control character in a brand's name", Tier.ADMIN, "POST", "/catalog/admin/brands",
                        "{\"slug\":\"bell-brand\",\"name\":\"Bell\\u0007\",\"country\":\"IN\"}", "name"),
                new Hostile("an unknown currency in an alert", Tier.USER, "POST", "/catalog/alerts",
                        "{\"variantId\":\"" + variant + "\",\"targetPrice\":{\"amountMinor\":100000,\"currency\":\"XYZ\"}}",
                        "targetPrice.currency"),
                new Hostile("a NUL in a discovered URL", Tier.USER, "POST", "/catalog/discoveries",
                        "{\"url\":\"https://shop.example.com/whey\\u0000\"}", "url"),
                new Hostile("a NUL in a search", null, "GET", "/catalog/products?q=gold%00standard", null, "q"),
                new Hostile("a NUL in a brand filter", null, "GET", "/catalog/products?brand=%00", null, "brand"),
                new Hostile("a NUL in a slug", null, "GET", "/catalog/brands/optimum%00", null, "slug"),
                new Hostile("a limit that is no number", null, "GET", "/catalog/products?limit=abc", null, "limit"),
                new Hostile("a size that is no number", null, "GET", "/catalog/products?minSizeG=big", null, "minSizeG"),
                new Hostile("a price cap that is no number", null, "GET", "/catalog/products?maxPricePer100gProtein=cheap", null,
                        "maxPricePer100gProtein"),
                new Hostile("history days that are no number", null, "GET", "/catalog/variants/" + variant + "/history?days=abc", null,
                        "days"),
                new Hostile("click-stats days that are no number", Tier.ADMIN, "GET", "/catalog/admin/clicks?days=abc", null, "days"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void aHostileInputIsA400ProblemNamingTheFieldAndChangesNothing(Hostile hostile) {
        String before = state();

        Response answer = send(hostile);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<List<String>>path("errors.field")).as(answer.asString()).contains(hostile.field());
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void anOverlongUriIsA414Problem() {
        Response answer = given().get("/catalog/products?q=" + "a".repeat(9000));

        assertThat(answer.statusCode()).isEqualTo(414);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<String>path("type")).isEqualTo("urn:whey:problem:uri-too-long");
    }

    @Test
    void anOversizedBodyIsA413ProblemAndChangesNothing() {
        String before = state();
        String name = "x".repeat(2 * 1024 * 1024);

        Response answer = given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType(ContentType.JSON)
                .body("{\"slug\":\"huge-brand\",\"name\":\"" + name + "\",\"country\":\"IN\"}").post("/catalog/admin/brands");

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<String>path("type")).isEqualTo("urn:whey:problem:payload-too-large");
        assertThat(state()).isEqualTo(before);
    }

    private Response send(Hostile hostile) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (hostile.tier() != null) {
            request = request.auth().oauth2(issuer.token(hostile.tier()));
        }
        if (hostile.json() != null) {
            request = request.contentType(ContentType.JSON).body(hostile.json());
        }
        return request.when().request(hostile.method(), hostile.path());
    }

    /** What an admin sees of the catalog's entries and discoveries. */
    private String state() {
        String admin = issuer.token(Tier.ADMIN);
        return given().auth().oauth2(admin).get("/catalog/brands").asString()
                + given().auth().oauth2(admin).get("/catalog/admin/discoveries").asString();
    }
}
