package com.wheyprice.api.downstream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.testing.ConsumerPacts;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.RequestResponsePact;

/**
 * api-service's expectations of the services it relays to, driven through its real public
 * endpoints (the relays, their path mapping and the problem rewriting) against Pact mock servers
 * and recorded in {@code contracts/pacts}. Each provider's build replays them against its real
 * resources, so a route, field or problem shape a provider changes under api-service fails there.
 * The people at the end: a shopper searching and signing in, and an admin keeping the catalog.
 */
@QuarkusTest
@QuarkusTestResource(value = DownstreamPactResource.class, restrictToAnnotatedClass = true)
class DownstreamContractTest {

    private static final String BEARER = "Bearer [A-Za-z0-9._~+/=-]+";
    private static final String JSON = "application/json(;.*)?";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";
    private static final String BRAND = "5f0d1c8e-3b7a-4c55-9d1e-2a6f8b9c0d11";
    private static final String SHOPPER = "pact-shopper@example.com";
    private static final String PASSWORD = "whey protein is 80 percent protein";

    TestIssuer issuer;

    /** Each pact is written afresh by every run, so a dropped expectation leaves it too. */
    @BeforeAll
    static void forgetThePreviousPacts() throws IOException {
        Path directory = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
        for (String provider : new String[] { "catalog-service", "auth-service", "scraper-service" }) {
            Files.deleteIfExists(directory.resolve("api-service-" + provider + ".json"));
        }
    }

    @Test
    void aShopperBrowsingProductsGetsCatalogsFirstPage() {
        RequestResponsePact pact = with("catalog-service").given("the catalog holds a product")
                .uponReceiving("the first page of products")
                .method("GET").path("/catalog/products").query("limit=1")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().minArrayLike("items", 1)
                        .uuid("id").stringType("slug", "gold-standard").stringType("name", "Gold Standard 100% Whey")
                        .object("brand").stringType("slug", "optimum-nutrition").stringType("name", "Optimum Nutrition").closeObject()
                        .closeObject().closeArray())
                .toPact();

        ConsumerPacts.verify(pact, DownstreamPactResource.CATALOG, () -> given().queryParam("limit", 1).when().get("/api/v1/products").then()
                .statusCode(200).body("items[0].brand.slug", equalTo("optimum-nutrition")));
    }

    @Test
    void aShopperAskingForAProductThatIsGoneGetsCatalogsProblemAtThePublicPath() {
        String id = "0f1e2d3c-4b5a-4968-8776-655443322110";
        RequestResponsePact pact = with("catalog-service")
                .uponReceiving("a product that does not exist")
                .method("GET").path("/catalog/products/" + id)
                .willRespondWith().status(404)
                .matchHeader("Content-Type", "application/problem\\+json(;.*)?", "application/problem+json")
                .body(new PactDslJsonBody().stringType("type", "https://wheyprice.example/problems/not-found")
                        .stringType("title", "Not Found").numberValue("status", 404).stringType("detail", "no such product")
                        .stringType("instance", "/catalog/products/" + id))
                .toPact();

        ConsumerPacts.verify(pact, DownstreamPactResource.CATALOG, () -> given().when().get("/api/v1/products/" + id).then()
                .statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/products/" + id)));
    }

    @Test
    void anAdminCreatingABrandGetsItsStoredVersionAndWhereToReadIt() {
        RequestResponsePact pact = with("catalog-service")
                .uponReceiving("an admin creating a brand")
                .method("POST").path("/catalog/admin/brands")
                .matchHeader("Authorization", BEARER, "Bearer an-admin-token")
                .matchHeader("Content-Type", JSON, "application/json")
                .body(new PactDslJsonBody().stringValue("slug", "pact-nutrition").stringValue("name", "Pact Nutrition").stringValue("country", "IN"))
                .willRespondWith().status(201)
                .matchHeader("Location", "(https?://[^/]+)?/catalog/admin/brands/" + UUID_PATTERN,
                        "/catalog/admin/brands/" + BRAND)
                .matchHeader("ETag", "\"v1\"", "\"v1\"")
                .body(new PactDslJsonBody().uuid("id").stringValue("slug", "pact-nutrition").stringValue("name", "Pact Nutrition")
                        .integerType("version", 1).stringMatcher("createdAt", INSTANT, "2026-11-30T10:15:30.123456Z"))
                .toPact();

        ConsumerPacts.verify(pact, DownstreamPactResource.CATALOG, () -> given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("slug", "pact-nutrition", "name", "Pact Nutrition", "country", "IN"))
                .when().post("/api/v1/admin/brands").then()
                .statusCode(201).header("ETag", "\"v1\"").header("Location", "/api/v1/admin/brands/" + BRAND)
                .body("slug", equalTo("pact-nutrition")));
    }

    @Test
    void aShopperSigningInGetsTokensAndAWrongPasswordAProblem() {
        RequestResponsePact pact = with("auth-service").given("a shopper has an account", Map.of("email", SHOPPER, "password", PASSWORD))
                .uponReceiving("a sign-in with the right password")
                .method("POST").path("/auth/login")
                .matchHeader("Content-Type", JSON, "application/json")
                .body(new PactDslJsonBody().stringValue("email", SHOPPER).stringValue("password", PASSWORD))
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().stringType("access_token", "eyJ.a.b").stringValue("token_type", "Bearer")
                        .integerType("expires_in", 900).stringType("refresh_token", "r1"))
                .given("a shopper has an account", Map.of("email", SHOPPER, "password", PASSWORD))
                .uponReceiving("a sign-in with a wrong password")
                .method("POST").path("/auth/login")
                .matchHeader("Content-Type", JSON, "application/json")
                .body(new PactDslJsonBody().stringValue("email", SHOPPER).stringValue("password", "not the password at all"))
                .willRespondWith().status(401)
                .matchHeader("Content-Type", "application/problem\\+json(;.*)?", "application/problem+json")
                .body(new PactDslJsonBody().stringType("type").stringType("title").numberValue("status", 401).stringType("instance", "/auth/login"))
                .toPact();

        ConsumerPacts.verify(pact, DownstreamPactResource.AUTH, () -> {
            given().contentType(ContentType.JSON).body(Map.of("email", SHOPPER, "password", PASSWORD))
                    .when().post("/api/v1/auth/login").then().statusCode(200).body("access_token", not(emptyString()));
            given().contentType(ContentType.JSON).body(Map.of("email", SHOPPER, "password", "not the password at all"))
                    .when().post("/api/v1/auth/login").then().statusCode(401).body("instance", equalTo("/api/v1/auth/login"));
        });
    }

    @Test
    void anAdminPreviewingExtractionSeesThePriceAndHowItWasFound() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
                + "\"offers\":{\"@type\":\"Offer\",\"price\":\"2499.00\",\"priceCurrency\":\"INR\"}}</script></head></html>";
        RequestResponsePact pact = with("scraper-service")
                .uponReceiving("an extraction preview of pasted HTML")
                .method("POST").path("/admin/extraction/preview")
                .matchHeader("Authorization", BEARER, "Bearer an-admin-token")
                .matchHeader("Content-Type", JSON, "application/json")
                .body(new PactDslJsonBody().stringValue("html", html).stringValue("baseUrl", "https://shop.example/p"))
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().stringMatcher("method", "JSON_LD|MICRODATA|META|SELECTOR", "JSON_LD").booleanType("fromPrice", false)
                        .object("price").integerType("amountMinor", 249_900).stringValue("currency", "INR").closeObject()
                        .minArrayLike("candidates", 1).stringType("method", "JSON_LD").closeObject().closeArray())
                .toPact();

        ConsumerPacts.verify(pact, DownstreamPactResource.SCRAPER, () -> given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("html", html, "baseUrl", "https://shop.example/p"))
                .when().post("/api/v1/admin/extraction/preview").then().statusCode(200).body("price.amountMinor", equalTo(249_900)));
    }

    private static PactDslWithProvider with(String provider) {
        return ConsumerPactBuilder.consumer("api-service").hasPactWith(provider);
    }
}
