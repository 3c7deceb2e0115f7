package com.wheyprice.catalog;

import static io.restassured.RestAssured.given;

import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.testing.HostileInputContract;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** catalog-service's write and search endpoints against hostile input, on PostgreSQL (which cannot store a NUL). */
@QuarkusTest
@QuarkusTestResource(value = CatalogTestResource.class, restrictToAnnotatedClass = true)
class HostileInputTest extends HostileInputContract {

    TestIssuer issuer;

    @Override
    protected Stream<Hostile> hostileRequests() {
        Supplier<String> admin = () -> issuer.token(Tier.ADMIN);
        Supplier<String> shopper = () -> issuer.token(Tier.USER);
        String variant = UUID.randomUUID().toString();
        return Stream.of(
                new Hostile("a NUL in a brand's name", admin, "POST", "/catalog/admin/brands",
                        "{\"slug\":\"nul-brand\",\"name\":\"Opti\\u0000mum\",\"country\":\"IN\"}", "name"),
                new Hostile("half a surrogate pair in a brand's name", admin, "POST", "/catalog/admin/brands",
                        "{\"slug\":\"surrogate-brand\",\"name\":\"Opti\\ud800mum\",\"country\":\"IN\"}", "name"),
                new Hostile("a control character in a brand's name", admin, "POST", "/catalog/admin/brands",
                        "{\"slug\":\"bell-brand\",\"name\":\"Bell\\u0007\",\"country\":\"IN\"}", "name"),
                new Hostile("a NUL in a product's flavour", admin, "POST", "/catalog/admin/variants",
                        "{\"productId\":\"" + variant + "\",\"sku\":\"X-1\",\"flavour\":\"Choco\\u0000late\",\"sizeG\":1000}", "flavour"),
                new Hostile("an unknown currency in an alert", shopper, "POST", "/catalog/alerts",
                        "{\"variantId\":\"" + variant + "\",\"targetPrice\":{\"amountMinor\":100000,\"currency\":\"XYZ\"}}",
                        "targetPrice.currency"),
                new Hostile("a NUL in a discovered URL", shopper, "POST", "/catalog/discoveries",
                        "{\"url\":\"https://shop.example.com/whey\\u0000\"}", "url"),
                new Hostile("a NUL in a search", null, "GET", "/catalog/products?q=gold%00standard", null, "q"),
                new Hostile("a NUL in a flavour filter", null, "GET", "/catalog/products?flavour=%00", null, "flavour"),
                new Hostile("a NUL in what a shopper types", null, "GET", "/catalog/suggest?q=whey%00", null, "q"),
                new Hostile("facets that are no flag", null, "GET", "/catalog/products?facets=maybe", null, "facets"),
                new Hostile("a stock filter that is no flag", null, "GET", "/catalog/products?inStock=yes", null, "inStock"),
                new Hostile("a relevance cursor that was never given out", null, "GET",
                        "/catalog/products?q=whey&after=" + Base64.getUrlEncoder().encodeToString(("x:1|" + variant).getBytes()), null,
                        "after"),
                new Hostile("a NUL in a slug", null, "GET", "/catalog/brands/optimum%00", null, "slug"),
                new Hostile("a limit that is no number", null, "GET", "/catalog/products?limit=abc", null, "limit"),
                new Hostile("a size that is no number", null, "GET", "/catalog/products?minSizeG=big", null, "minSizeG"),
                new Hostile("a price cap that is no number", null, "GET", "/catalog/products?maxPricePer100gProtein=cheap", null,
                        "maxPricePer100gProtein"),
                new Hostile("history days that are no number", null, "GET", "/catalog/variants/" + variant + "/history?days=abc", null,
                        "days"),
                new Hostile("click-stats days that are no number", admin, "GET", "/catalog/admin/clicks?days=abc", null, "days"),
                new Hostile("a NUL in a discovery listing's cursor", admin, "GET", "/catalog/admin/discoveries?after=%00", null, "after"));
    }

    @Override
    protected String state() {
        String admin = issuer.token(Tier.ADMIN);
        return given().auth().oauth2(admin).get("/catalog/brands").asString()
                + given().auth().oauth2(admin).get("/catalog/admin/discoveries").asString();
    }

    @Override
    protected Hostile aWrite() {
        return new Hostile("a brand", () -> issuer.token(Tier.ADMIN), "POST", "/catalog/admin/brands", null, null);
    }
}
