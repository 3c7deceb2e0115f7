package com.wheyprice.catalog.search;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.catalog.api.Suggestions;
import com.wheyprice.catalog.api.Suggestions.BrandSuggestion;
import com.wheyprice.catalog.api.Suggestions.ProductSuggestion;
import com.wheyprice.catalog.api.query.QueryBounds;
import com.wheyprice.catalog.api.query.SuggestQuery;
import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;

import io.smallrye.mutiny.Uni;

/**
 * Search-as-you-type: the brands and products matching what a shopper has typed so far, by the
 * same rules as search ({@link TextQuery}): every word, the last as a beginning, one typo in long
 * words. Brands match on their search title (name and aliases); products on their search document, most
 * relevant first.
 */
@Path("/catalog/suggest")
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestResource {

    /** The most brands among the suggestions, so products always get room. */
    static final int MOST_BRANDS = 3;

    private final Database database;
    private final TextSearch textSearch;

    SuggestResource(Database database, TextSearch textSearch) {
        this.database = database;
        this.textSearch = textSearch;
    }

    @GET
    @Operation(summary = "Brands and products for what a shopper has typed so far, at most 10, brands first")
    public Uni<Suggestions> suggest(@BeanParam SuggestQuery query) {
        if (query.q() == null || query.q().isBlank()) {
            throw ProblemException.invalidField("q", "is required");
        }
        if (query.q().length() > QueryBounds.MAX_TEXT) {
            throw ProblemException.invalidField("q", "must be at most " + QueryBounds.MAX_TEXT + " characters");
        }
        return textSearch.query(database, query.q()).chain(text -> text.empty()
                ? Uni.createFrom().item(new Suggestions(List.of(), List.of()))
                : brands(text).chain(brands -> products(text, Suggestions.MOST - brands.size())
                        .map(products -> new Suggestions(brands, products))));
    }

    /** Brands whose name or aliases hold every word, matched on their search titles ({@link SearchDocuments#refreshBrands}). */
    private Uni<List<BrandSuggestion>> brands(TextQuery text) {
        Conditions where = text.matchTitle(new Conditions(), "sb");
        return database.list("""
                SELECT b.slug, b.name
                  FROM catalog_search_brand sb
                  JOIN catalog_brand b ON b.id = sb.brand_id
                  %s
                 ORDER BY b.name, b.id
                 LIMIT %d""".formatted(where.where(), MOST_BRANDS),
                row -> new BrandSuggestion(row.getString("slug"), row.getString("name")), where.params());
    }

    /**
     * The most relevant products, alphabetically (brand, then name) where equally relevant. When
     * what is typed is common, the first titles in order that hold every word as it scores best
     * ({@link TextQuery#matchBest}) are the answer, found by walking a bounded part of the
     * documents in title order; otherwise every document the words find is scored.
     */
    private Uni<List<ProductSuggestion>> products(TextQuery text, int most) {
        if (text.bestRelevance() == 0) {
            return Uni.createFrom().item(List.of());
        }
        Conditions best = text.matchBest(new Conditions(), "d");
        String walk = """
                SELECT d.product_id, d.title
                  FROM (SELECT product_id, title FROM catalog_search_document ORDER BY title, product_id LIMIT %2$d) d
                  %1$s
                 ORDER BY d.title, d.product_id
                 LIMIT %3$d""".formatted(best.where(), TextQuery.WALK_ROWS_PER_RESULT * most, most);
        return suggestions(walk, best, "top.title, top.product_id").chain(walked -> walked.size() == most ? Uni.createFrom().item(walked) : scored(text, most));
    }

    private Uni<List<ProductSuggestion>> scored(TextQuery text, int most) {
        Conditions where = new Conditions();
        String relevance = text.relevance(where, "d");
        text.matchDocument(where, database.dialect(), "d");
        return suggestions("""
                SELECT d.product_id, d.title, %2$s AS relevance
                  FROM catalog_search_document d
                  %1$s
                 ORDER BY %2$s DESC, d.title, d.product_id
                 LIMIT %3$d""".formatted(where.where(), relevance, most), where, "top.relevance DESC, top.title, top.product_id");
    }

    /** The products of the documents the subquery {@code top} chooses, in its order {@code orderBy}. */
    private Uni<List<ProductSuggestion>> suggestions(String top, Conditions where, String orderBy) {
        return database.list("""
                SELECT p.slug, p.name, b.name AS brand_name, top.*
                  FROM (%s) top
                  JOIN catalog_product p ON p.id = top.product_id
                  JOIN catalog_brand b ON b.id = p.brand_id
                 ORDER BY %s""".formatted(top, orderBy),
                row -> new ProductSuggestion(row.getString("slug"), row.getString("name"), row.getString("brand_name")), where.params());
    }
}
