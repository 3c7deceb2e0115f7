package com.wheyprice.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.wheyprice.common.testing.Management;

import io.restassured.path.json.JsonPath;

/**
 * What shoppers read from the catalog, checked against the demo catalog; the subclasses run
 * it on PostgreSQL and on SQLite.
 */
public abstract class CatalogReadContract {

    private static JsonPath search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/catalog/products").then().statusCode(200).extract().jsonPath();
    }

    /** Every product the search finds for {@code params}, following the cursors page by page. */
    private static List<Map<String, Object>> allPages(Map<String, Object> params) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> page = new HashMap<>(params);
            if (after != null) {
                page.put("after", after);
            }
            JsonPath result = search(page);
            all.addAll(result.getList("items"));
            after = result.getString("next");
        } while (after != null);
        return all;
    }

    @Test
    void brandsComeWithTheirLabTests() {
        given().when().get("/catalog/brands").then()
                .statusCode(200)
                .body("$", hasSize(12))
                .body("find { it.slug == 'optimum-nutrition' }.labTest.testedProteinPerServingG", equalTo(23.4f))
                .body("find { it.slug == 'optimum-nutrition' }.labTest.claimedProteinPerServingG", equalTo(24))
                .body("find { it.slug == 'dymatize' }.labTest", equalTo(null));
        given().when().get("/catalog/brands/no-such-brand").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void searchRanksByPricePer100gProteinAndPagesWithoutGapsOrRepeats() {
        List<Map<String, Object>> products = allPages(Map.of("limit", 3));

        assertThat(products).hasSizeGreaterThan(10);
        List<Integer> per100 = products.stream().map(p -> (Integer) ((Map<?, ?>) ((Map<?, ?>) p.get("bestOffer")).get("pricePer100gProtein")).get("amountMinor")).toList();
        assertThat(per100).isSorted();
        assertThat(new HashSet<>(products.stream().map(p -> p.get("id")).toList())).hasSize(products.size());
        assertThat(allPages(Map.of("limit", 50))).extracting(p -> p.get("id")).containsExactlyElementsOf(products.stream().map(p -> p.get("id")).toList());
    }

    @Test
    void everySortOrderPagesConsistently() {
        for (String sort : List.of("name", "price", "discount", "pricePer100gProtein")) {
            List<Object> small = allPages(Map.of("sort", sort, "limit", 4)).stream().map(p -> p.get("id")).toList();
            List<Object> large = allPages(Map.of("sort", sort, "limit", 100)).stream().map(p -> p.get("id")).toList();
            assertThat(small).as(sort).containsExactlyElementsOf(large);
        }
        List<Integer> prices = allPages(Map.of("sort", "price", "limit", 5)).stream()
                .map(p -> (Integer) ((Map<?, ?>) ((Map<?, ?>) p.get("bestOffer")).get("price")).get("amountMinor")).toList();
        assertThat(prices).isSorted();
    }

    /** A shopper sorting by discount sees the real discounts first, off each offer's typical price, not the claims off list prices. */
    @Test
    @SuppressWarnings("unchecked")
    void sortingByDiscountRanksByTheRealDiscountAndShowsTheClaimedOneBesideIt() {
        List<Map<String, Object>> offers = allPages(Map.of("sort", "discount", "limit", 50)).stream()
                .map(p -> (Map<String, Object>) p.get("bestOffer")).filter(Objects::nonNull).toList();
        List<Integer> real = offers.stream().map(offer -> (Integer) offer.get("realDiscountPercent")).toList();
        assertThat(real).as("real discounts, biggest first").isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(real.get(0)).as("the demo's sales are real discounts").isPositive();
        assertThat(offers).allSatisfy(offer -> assertThat(offer).containsKeys("discountPercent", "typicalPrice", "listPriceInflated"));
        assertThat(offers).as("claimed and real discounts differ where the list price is far above the usual price")
                .anySatisfy(offer -> assertThat(offer.get("discountPercent")).isNotEqualTo(offer.get("realDiscountPercent")));
    }

    /**
     * A pack-size bound every variant meets makes the search rank the listings itself instead of
     * reading the best-offer read model; the shopper must see the same pages either way.
     */
    @Test
    void theBestOfferReadModelAnswersWhatRankingEveryListingAnswers() {
        for (String sort : List.of("name", "price", "discount", "pricePer100gProtein")) {
            for (boolean inStock : List.of(false, true)) {
                for (String protein : List.of("label", "lab-tested")) {
                    Map<String, Object> params = new HashMap<>(Map.of("sort", sort, "inStock", inStock, "protein", protein, "limit", 7));
                    List<Map<String, Object>> fromModel = allPages(params);
                    params.put("minSizeG", 10);
                    assertThat(fromModel).as("%s %s %s", sort, inStock, protein).isNotEmpty().isEqualTo(allPages(params));
                }
            }
        }
        Map<String, Object> filtered = new HashMap<>(Map.of("sort", "price", "brand", "optimum-nutrition", "maxPricePer100gProtein", 100_000));
        List<Map<String, Object>> fromModel = allPages(filtered);
        filtered.put("minSizeG", 10);
        assertThat(fromModel).isNotEmpty().isEqualTo(allPages(filtered));
    }

    static List<RelevanceSet.Case> relevanceSet() {
        return RelevanceSet.cases();
    }

    /** Every page of a text search, in order, as slugs. */
    private static List<String> slugsFound(String query) {
        return allPages(Map.of("q", query, "limit", 50)).stream().map(product -> (String) product.get("slug")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relevanceSet")
    void aShopperFindsWhatTheRelevanceSetExpects(RelevanceSet.Case expected) {
        List<String> found = slugsFound(expected.query());
        switch (expected.expect()) {
            case ONLY -> assertThat(found).containsExactlyInAnyOrderElementsOf(expected.slugs());
            case FIRST -> assertThat(found.subList(0, Math.min(found.size(), expected.slugs().size())))
                    .containsExactlyInAnyOrderElementsOf(expected.slugs());
            case SAME_AS -> assertThat(found).isNotEmpty().containsExactlyInAnyOrderElementsOf(slugsFound(expected.slugs().iterator().next()));
            case NOTHING -> assertThat(found).isEmpty();
        }
    }

    /**
     * A common search text's first pages come from walking the best offers and stopping at the
     * page; a rare one's, and the pages after the most relevant products, from scoring every
     * product found. A shopper paging two at a time must see exactly what one large page shows,
     * with ties in the same order, whatever the stock, protein basis, brand or category.
     */
    @Test
    void aSearchByRelevanceShowsTheSameOrderInSmallPagesAsInOneLargePage() {
        List<Map<String, Object>> filters = List.of(Map.of(), Map.of("inStock", true), Map.of("protein", "lab-tested"),
                Map.of("brand", "optimum-nutrition"), Map.of("category", "whey-protein"), Map.of("proteinType", "ISOLATE"),
                Map.of("maxPricePer100gProtein", 100_000));
        for (String query : List.of("whey", "whey protein", "whe", "prot", "chocolate", "gold", "isolatte", "optimun whey", "wehy pro")) {
            for (Map<String, Object> filter : filters) {
                Map<String, Object> params = new HashMap<>(filter);
                params.put("q", query);
                params.put("limit", 2);
                List<Object> small = allPages(params).stream().map(p -> p.get("slug")).toList();
                params.put("limit", 50);
                assertThat(small).as("%s %s", query, filter).containsExactlyElementsOf(allPages(params).stream().map(p -> p.get("slug")).toList());
            }
        }
    }

    /** The number of products a search finds over all its pages. */
    private static int found(Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("limit", 100);
        return allPages(all).size();
    }

    @Test
    void facetsCountAllTheResultsAndEachValueNarrowsToItsCount() {
        Map<String, Object> query = Map.of("q", "whey", "limit", 3, "facets", true);
        JsonPath first = search(query);
        int total = found(Map.of("q", "whey"));
        assertThat(first.getList("items")).hasSize(3);
        assertThat(first.getList("facets.brands.count", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(first.getList("facets.categories.count", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(first.getList("facets.proteinTypes.count", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(first.getList("facets.flavours.value", String.class)).contains("Unflavoured");
        assertThat(first.getInt("facets.inStock")).isPositive().isLessThanOrEqualTo(total);
        assertThat(first.getList("facets.packSizes")).hasSize(4);
        List<Integer> bands = first.getList("facets.pricePer100gProtein.count", Integer.class);
        assertThat(bands).hasSize(5).isSorted();
        assertThat(bands.get(4)).isEqualTo(total);

        for (Map<String, Object> brand : first.<Map<String, Object>>getList("facets.brands").subList(0, 3)) {
            assertThat(found(Map.of("q", "whey", "brand", brand.get("value")))).as("brand %s", brand.get("value")).isEqualTo(brand.get("count"));
        }
        for (Map<String, Object> type : first.<Map<String, Object>>getList("facets.proteinTypes")) {
            assertThat(found(Map.of("q", "whey", "proteinType", type.get("value")))).isEqualTo(type.get("count"));
        }
        assertThat(found(Map.of("q", "whey", "inStock", true))).isEqualTo(first.getInt("facets.inStock"));
        for (Map<String, Object> band : first.<Map<String, Object>>getList("facets.pricePer100gProtein")) {
            Object atMost = ((Map<?, ?>) band.get("atMost")).get("amountMinor");
            assertThat(found(Map.of("q", "whey", "maxPricePer100gProtein", atMost))).as("at most %s", atMost).isEqualTo(band.get("count"));
        }
        Map<String, Object> large = first.<Map<String, Object>>getList("facets.packSizes").get(3);
        assertThat(found(Map.of("q", "whey", "minSizeG", large.get("minSizeG")))).isEqualTo(large.get("count"));
        assertThat(search(Map.of("q", "whey")).getMap("$")).doesNotContainKey("facets");
    }

    @Test
    void suggestionsOfferBrandsAndProductsForWhatIsTypedSoFar() {
        JsonPath typing = given().queryParam("q", "optim").when().get("/catalog/suggest").then().statusCode(200).extract().jsonPath();
        assertThat(typing.getList("brands.slug")).containsExactly("optimum-nutrition");
        assertThat(typing.getList("products.slug")).containsExactlyInAnyOrder("on-gold-standard-100-whey", "on-gold-standard-isolate");
        assertThat(given().queryParam("q", "mb bio").when().get("/catalog/suggest").then().statusCode(200).extract().jsonPath()
                .getList("products.slug")).containsExactly("muscleblaze-biozyme-performance");
        JsonPath many = given().queryParam("q", "whe").when().get("/catalog/suggest").then().statusCode(200).extract().jsonPath();
        assertThat(many.getList("brands")).isEmpty();
        assertThat(many.getList("products")).hasSize(10);
        assertThat(given().queryParam("q", "xyzzy").when().get("/catalog/suggest").then().statusCode(200).extract().jsonPath()
                .getList("products")).isEmpty();
        given().when().get("/catalog/suggest").then().statusCode(400).body("errors.field", hasItem("q"));
        given().queryParam("q", "x".repeat(201)).when().get("/catalog/suggest").then().statusCode(400).body("errors.field", hasItem("q"));
    }

    /** The value at a dotted path of a JSON object. */
    private static Object valueAt(Map<String, Object> json, String path) {
        Object value = json;
        for (String name : path.split("\\.")) {
            value = ((Map<?, ?>) value).get(name);
        }
        return value;
    }

    /**
     * The demo catalog's answers to a fixed set of searches, written as one text that both engines
     * must reproduce exactly (demo-search-answers.txt): each text search's products, and every
     * order's products grouped by equal sort key (ties are broken by random ids). Regenerate with
     * WHEY_WRITE_SEARCH_ANSWERS=1 after a deliberate change, and read the diff.
     */
    @Test
    void theDemoCatalogAnswersEverySearchTheSameOnEitherEngine() throws Exception {
        StringBuilder answers = new StringBuilder();
        for (RelevanceSet.Case expected : RelevanceSet.cases()) {
            answers.append("q=").append(expected.query()).append(" -> ").append(new TreeSet<>(slugsFound(expected.query()))).append('\n');
        }
        Map<String, String> keys = Map.of("name", "name", "price", "bestOffer.price.amountMinor", "discount", "bestOffer.realDiscountPercent",
                "pricePer100gProtein", "bestOffer.pricePer100gProtein.amountMinor");
        for (String sort : new TreeSet<>(keys.keySet())) {
            for (String filter : List.of("", "inStock=true", "protein=lab-tested", "q=chocolate", "brand=myprotein")) {
                Map<String, Object> params = new HashMap<>(Map.of("sort", sort, "limit", 50));
                if (!filter.isEmpty()) {
                    params.put(filter.substring(0, filter.indexOf('=')), filter.substring(filter.indexOf('=') + 1));
                }
                answers.append("sort=").append(sort).append(' ').append(filter).append(" -> ");
                Object previous = null;
                TreeSet<String> group = new TreeSet<>();
                for (Map<String, Object> product : allPages(params)) {
                    Object key = valueAt(product, keys.get(sort));
                    if (previous != null && !previous.equals(key)) {
                        answers.append(previous).append(group).append(' ');
                        group.clear();
                    }
                    previous = key;
                    group.add((String) product.get("slug"));
                }
                answers.append(previous).append(group).append('\n');
            }
        }
        answers.append("facets q=whey -> ").append(search(Map.of("q", "whey", "facets", true)).getMap("facets")).append('\n');
        for (String typed : List.of("mu", "whe", "whey", "whey pro", "gold", "optim", "chocolate", "isolatte", "wehy")) {
            answers.append("suggest q=").append(typed).append(" -> ").append(given().queryParam("q", typed).when().get("/catalog/suggest")
                    .then().statusCode(200).extract().jsonPath().getMap("$")).append('\n');
        }
        for (String query : List.of("whey", "whe", "gold", "protein")) {
            answers.append("q=").append(query).append(" in order, 3 a page -> ")
                    .append(allPages(Map.of("q", query, "limit", 3)).stream().map(p -> p.get("slug")).toList()).append('\n');
        }
        Path golden = Path.of("src/test/resources/demo-search-answers.txt");
        if (System.getenv("WHEY_WRITE_SEARCH_ANSWERS") != null) {
            Files.writeString(golden, answers);
        }
        assertThat(answers.toString()).isEqualTo(Files.readString(golden));
    }

    @Test
    void filtersNarrowTheResults() {
        search(Map.of("brand", "myprotein")).getList("items.brand.slug").forEach(slug -> assertThat(slug).isEqualTo("myprotein"));
        assertThat(search(Map.of("brand", "myprotein")).getList("items")).hasSize(2);
        assertThat(search(Map.of("category", "hydrolysed-whey")).getList("items.slug")).containsExactly("dymatize-iso-100");
        search(Map.of("proteinType", "isolate")).getList("items.proteinType").forEach(type -> assertThat(type).isEqualTo("ISOLATE"));
        search(Map.of("inStock", true)).getList("items.bestOffer.availability").forEach(a -> assertThat(a).isEqualTo("IN_STOCK"));
        given().queryParam("maxPricePer100gProtein", 60000).when().get("/catalog/products").then()
                .statusCode(200).body("items.bestOffer.pricePer100gProtein.amountMinor", everyItem(lessThanOrEqualTo(60000)));
        given().queryParam("minSizeG", 3000).when().get("/catalog/products").then()
                .statusCode(200).body("items.slug", hasItem("muscleblaze-biozyme-performance"));
        assertThat(search(Map.of("flavour", "magical mango")).getList("items.slug")).containsExactly("muscleblaze-biozyme-performance");
        assertThat(search(Map.of("q", "GOLD standard")).getList("items.slug")).contains("on-gold-standard-100-whey", "on-gold-standard-isolate");
    }

    @Test
    void searchTextThatLooksLikeSqlIsJustText() {
        assertThat(search(Map.of("q", "' OR 1=1 --")).getList("items")).isEmpty();
        assertThat(search(Map.of("q", "_")).getList("items")).isEmpty();
        assertThat(search(Map.of("q", "%")).getList("items")).as("a text without words").isEmpty();
        List<String> percent = search(Map.of("q", "100%", "limit", 100)).getList("items.name");
        assertThat(percent).isNotEmpty().allMatch(name -> name.contains("100"));
        assertThat(percent.size()).isLessThan(search(Map.of("limit", 100)).getList("items").size());
    }

    @Test
    void badSearchInputIsAProblemNamingTheField() {
        given().queryParam("sort", "cheapest").when().get("/catalog/products").then().statusCode(400).body("errors.field", hasItem("sort"));
        given().queryParam("currency", "XYZ1").when().get("/catalog/products").then().statusCode(400).body("errors.field", hasItem("currency"));
        given().queryParam("maxPricePer100gProtein", -5).when().get("/catalog/products").then().statusCode(400);
        given().queryParam("proteinType", "soy").when().get("/catalog/products").then().statusCode(400);
        given().queryParam("after", "not-a-cursor").when().get("/catalog/products").then().statusCode(400).body("errors.field", hasItem("after"));
        given().queryParam("limit", 0).when().get("/catalog/products").then().statusCode(400);
        given().queryParam("minSizeG", 2000).queryParam("maxSizeG", 1000).when().get("/catalog/products").then().statusCode(400);
        given().queryParam("limit", 101).when().get("/catalog/products").then().statusCode(400).body("errors.field", hasItem("limit"));
        given().queryParam("q", "x".repeat(201)).when().get("/catalog/products").then().statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    void theBestValueOfACategoryThatDoesNotExistIsNotFoundRatherThanAnEmptyRanking() {
        given().when().get("/catalog/categories/no-such-category/best-value").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:whey:problem:not-found"));
        given().when().get("/catalog/categories/whey-isolate/best-value?limit=101").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void bestValueRankingOfACategoryIsInStockAndCheapestProteinFirst() {
        JsonPath ranking = given().when().get("/catalog/categories/whey-isolate/best-value").then().statusCode(200).extract().jsonPath();

        List<Integer> per100 = ranking.getList("items.bestOffer.pricePer100gProtein.amountMinor");
        assertThat(per100).isNotEmpty().isSorted();
        assertThat(ranking.<String>getList("items.category")).containsOnly("whey-isolate");
        assertThat(ranking.<String>getList("items.bestOffer.availability")).containsOnly("IN_STOCK");
    }

    @Test
    void bestValueCanCountTheProteinALabMeasuredSoBrandsThatUnderDeliverCostMore() {
        JsonPath label = given().when().get("/catalog/categories/whey-isolate/best-value?limit=50").then().statusCode(200).extract().jsonPath();
        JsonPath lab = given().when().get("/catalog/categories/whey-isolate/best-value?limit=50&protein=lab-tested").then().statusCode(200)
                .extract().jsonPath();

        assertThat(lab.<Integer>getList("items.bestOffer.pricePer100gProtein.amountMinor")).isNotEmpty().isSorted();
        Map<String, Integer> onLabel = new java.util.HashMap<>();
        for (int i = 0; i < label.getList("items").size(); i++) {
            onLabel.put(label.getString("items[" + i + "].slug"), label.getInt("items[" + i + "].bestOffer.pricePer100gProtein.amountMinor"));
        }
        // every whey-isolate brand of the demo catalog tested below its label claim
        for (int i = 0; i < lab.getList("items").size(); i++) {
            String slug = lab.getString("items[" + i + "].slug");
            assertThat(lab.getInt("items[" + i + "].bestOffer.pricePer100gProtein.amountMinor")).as(slug).isGreaterThan(onLabel.get(slug));
        }
        given().when().get("/catalog/categories/whey-isolate/best-value?protein=guess").then().statusCode(400)
                .body("errors[0].field", equalTo("protein"));
    }

    @Test
    void aPageThatHasAFollowingOneLinksToItRelativeToTheRequest() {
        io.restassured.response.Response first = given().when().get("/catalog/products?category=whey-protein&limit=2");
        String link = first.header("Link");
        assertThat(link).startsWith("<?").endsWith(">; rel=\"next\"").contains("category=whey-protein", "limit=2",
                "after=" + first.jsonPath().getString("next"));
        String next = link.substring(1, link.indexOf('>'));
        given().when().get("/catalog/products" + next).then().statusCode(200)
                .body("items[0].slug", org.hamcrest.Matchers.not(equalTo(first.jsonPath().getString("items[0].slug"))));
        assertThat(given().when().get("/catalog/products?category=whey-protein&limit=100").header("Link")).as("the last page").isNull();
    }

    @Test
    void searchesAreCounted() {
        given().when().get("/catalog/products").then().statusCode(200);
        Management.given().accept("text/plain").when().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString("whey_catalog_searches_total"));
    }

    @Test
    void productDetailShowsEveryVariantWithOffersBestBuyFirst() {
        JsonPath detail = given().when().get("/catalog/products/myprotein-impact-whey").then()
                .statusCode(200)
                .body("brand.name", equalTo("Myprotein"))
                .body("variants", hasSize(6))
                .body("variants[0].proteinPerServingG", equalTo(21))
                .extract().jsonPath();
        for (Map<String, Object> variant : detail.<Map<String, Object>>getList("variants")) {
            List<Map<String, Object>> offers = (List<Map<String, Object>>) variant.get("offers");
            assertThat(offers).isNotEmpty();
            List<Integer> inStockPrices = offers.stream().filter(o -> "IN_STOCK".equals(o.get("availability")))
                    .map(o -> (Integer) ((Map<?, ?>) o.get("price")).get("amountMinor")).toList();
            assertThat(inStockPrices).isSorted();
            assertThat(offers.get(0)).containsKeys("pricePer100gProtein", "pricePerServing", "url", "retailer");
        }
        String id = detail.getString("id");
        given().when().get("/catalog/products/" + id).then().statusCode(200).body("slug", equalTo("myprotein-impact-whey"));
        given().when().get("/catalog/products/no-such-product").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void priceHistoryIsDownsampledDailyWithLowsAndAVerdict() {
        String variantId = given().get("/catalog/products/on-gold-standard-100-whey").path("variants[0].id");

        given().queryParam("days", 30).when().get("/catalog/variants/" + variantId + "/history").then()
                .statusCode(200)
                .body("series", notNullValue())
                .body("series[0].days.size()", greaterThan(25))
                .body("series[0].days[0].day", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}"))
                .body("verdicts[0].currency", equalTo("INR"))
                .body("verdicts[0].allTimeLow.amountMinor", notNullValue())
                .body("verdicts[0].low30Days.amountMinor", notNullValue())
                .body("verdicts[0].percentile90Days", notNullValue());
        Map<String, Object> day = given().queryParam("days", 30).get("/catalog/variants/" + variantId + "/history").path("series[0].days[0]");
        assertThat((Integer) day.get("low")).isLessThanOrEqualTo((Integer) day.get("mean")).isLessThanOrEqualTo((Integer) day.get("high"));
    }

    @Test
    void historyOfUnknownOrMalformedVariantIsAProblem() {
        given().when().get("/catalog/variants/not-a-uuid/history").then().statusCode(400).body("errors.field", hasItem("id"));
        given().when().get("/catalog/variants/00000000-0000-0000-0000-000000000000/history").then().statusCode(404);
        given().queryParam("days", 99999).when().get("/catalog/variants/00000000-0000-0000-0000-000000000000/history").then().statusCode(400);
    }
}
