package com.wheyprice.scraper;

import static io.restassured.RestAssured.given;

import java.util.function.Supplier;
import java.util.stream.Stream;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.testing.HostileInputContract;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** scraper-service's admin endpoints against hostile input. */
@QuarkusTest
@QuarkusTestResource(value = ScraperTestResource.class, restrictToAnnotatedClass = true)
class HostileInputTest extends HostileInputContract {

    TestIssuer issuer;

    @Override
    protected Stream<Hostile> hostileRequests() {
        Supplier<String> admin = () -> issuer.token(Tier.ADMIN);
        return Stream.of(
                new Hostile("a listing id that is no UUID", admin, "POST", "/admin/scrapes", "{\"listingId\":\"listing\\u0000\"}", "listingId"),
                new Hostile("a NUL in a previewed URL", admin, "POST", "/admin/extraction/preview",
                        "{\"url\":\"https://shop.example.com/whey\\u0000\"}", "url"),
                new Hostile("a control character in previewed HTML", admin, "POST", "/admin/extraction/preview",
                        "{\"html\":\"<p>\\u001b[31m</p>\"}", "html"),
                new Hostile("a dead-letter limit that is no number", admin, "GET", "/admin/dead-letters?limit=abc", null, "limit"),
                new Hostile("a NUL in a dead-letter cursor", admin, "GET", "/admin/dead-letters?after=%00", null, "after"));
    }

    @Override
    protected String state() {
        return given().auth().oauth2(issuer.token(Tier.ADMIN)).get("/admin/dead-letters").asString();
    }

    @Override
    protected Hostile aWrite() {
        return new Hostile("a scrape", () -> issuer.token(Tier.ADMIN), "POST", "/admin/scrapes", null, null);
    }
}
