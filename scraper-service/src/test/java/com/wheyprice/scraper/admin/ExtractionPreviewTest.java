package com.wheyprice.scraper.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.testing.TestIssuer;
import com.wheyprice.scraper.ScraperTestResource;
import com.wheyprice.scraper.TestRetailer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Admins see what the cascade reads from a page, from pasted HTML or a URL, and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(value = ScraperTestResource.class, restrictToAnnotatedClass = true)
class ExtractionPreviewTest {

    private static final String PAGE = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"Product","name":"Gold Standard","sku":"ON-1",
             "offers":{"@type":"Offer","price":"2499.00","priceCurrency":"INR","availability":"https://schema.org/InStock"}}
            </script></head><body><span class="mrp">₹2,999</span></body></html>""";

    TestIssuer issuer;
    TestRetailer retailer;

    @Test
    void pastedHtmlShowsThePriceTheMethodAndEveryCandidate() {
        given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("html", PAGE, "baseUrl", "https://shop.example/p"))
                .when().post("/admin/extraction/preview").then().statusCode(200)
                .body("price.amountMinor", equalTo(249_900)).body("price.currency", equalTo("INR"))
                .body("listPrice.amountMinor", equalTo(299_900))
                .body("availability", equalTo("IN_STOCK")).body("method", equalTo("JSON_LD"))
                .body("candidates.method", hasItem("JSON_LD"));
    }

    @Test
    void aUrlIsFetchedPolitelyAndReadTheSameWay() {
        retailer.page("/preview.html", TestRetailer.Response.html(PAGE));

        given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType(ContentType.JSON).body(Map.of("url", retailer.url() + "/preview.html"))
                .when().post("/admin/extraction/preview").then().statusCode(200)
                .body("price.amountMinor", equalTo(249_900)).body("method", equalTo("JSON_LD"));
        given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType(ContentType.JSON).body(Map.of("url", "http://10.0.0.8/p"))
                .when().post("/admin/extraction/preview").then().statusCode(400).contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    @Test
    void onlyAdminsMayPreviewAndTheRequestMustNameOnePage() {
        given().contentType(ContentType.JSON).body(Map.of("html", PAGE)).when().post("/admin/extraction/preview").then().statusCode(401);
        given().auth().oauth2(issuer.token(Tier.PREMIUM)).contentType(ContentType.JSON).body(Map.of("html", PAGE))
                .when().post("/admin/extraction/preview").then().statusCode(403);
        given().auth().oauth2(issuer.token(Tier.ADMIN)).contentType(ContentType.JSON).body(Map.of("html", PAGE, "url", "https://x.example/"))
                .when().post("/admin/extraction/preview").then().statusCode(400).contentType("application/problem+json");
    }
}
