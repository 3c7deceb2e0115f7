package com.wheyprice.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlPlaceholders;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Keeps each product's search document ({@code catalog_search_document}): its words, tokenized
 * here so both engines index the same ones, in a title (brand name and aliases, product name)
 * that relevance weighs, and a body (flavours, protein type, category); with the product's brand,
 * category and protein type, so a text search filters on the document alone. New words join the
 * vocabulary, and long ones their deletions, for typo lookups ({@link Typos}). A word no
 * product uses any more stays in the vocabulary until the next rebuild: it can only make a
 * lookup try a word that then matches nothing. Brands have a title of their own too (name and
 * aliases), which suggestions match.
 */
@ApplicationScoped
public class SearchDocuments {

    /** Rows per multi-row INSERT: its values stay far below either engine's limit on bound values. */
    private static final int ROWS_PER_STATEMENT = 500;

    /** Recomputes the documents of these products (at most a few hundred per call) within {@code tx}. */
    public Uni<Void> refresh(SqlSession tx, List<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String in = SqlPlaceholders.numbered(1, productIds.size());
        Object[] ids = productIds.toArray();
        return tx.list("""
                SELECT p.id, p.name, p.protein_type, p.brand_id, p.category_id, b.name AS brand_name, b.aliases, c.name AS category_name
                  FROM catalog_product p
                  JOIN catalog_brand b ON b.id = p.brand_id
                  JOIN catalog_category c ON c.id = p.category_id
                 WHERE p.id IN (%s)""".formatted(in), row -> row, ids)
                .chain(products -> tx.list("SELECT product_id, flavour FROM catalog_variant WHERE product_id IN (%s) ORDER BY flavour".formatted(in),
                                row -> row, ids)
                        .map(flavours -> documents(products, flavours)))
                .chain(documents -> tx.update("DELETE FROM catalog_search_document WHERE product_id IN (" + in + ")", ids)
                        .chain(() -> insertDocuments(tx, documents))
                        .chain(() -> insertWords(tx, documents.stream().flatMap(document -> Stream.of(document.title(), document.body())))));
    }

    /**
     * Recomputes, within {@code tx}, the search titles of these brands (their name and aliases,
     * which suggestions match); a brand that no longer exists loses its title.
     */
    public Uni<Void> refreshBrands(SqlSession tx, List<UUID> brandIds) {
        if (brandIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String in = SqlPlaceholders.numbered(1, brandIds.size());
        return tx.update("DELETE FROM catalog_search_brand WHERE brand_id IN (" + in + ")", brandIds.toArray())
                .chain(() -> insertBrands(tx, " WHERE id IN (" + in + ")", brandIds.toArray()));
    }

    /** Recomputes every brand's search title within {@code tx}: a catalog has hundreds of brands, not millions. */
    public Uni<Void> rebuildBrands(SqlSession tx) {
        return tx.update("DELETE FROM catalog_search_brand").chain(() -> insertBrands(tx, ""));
    }

    private static Uni<Void> insertBrands(SqlSession tx, String where, Object... params) {
        return tx.list("SELECT id, name, aliases FROM catalog_brand" + where, row -> {
                    List<String> names = new ArrayList<>(aliases(row.getValue("aliases")));
                    names.add(0, row.getString("name"));
                    return List.<Object>of(Rows.uuid(row, "id"), SearchText.document(names));
                }, params)
                .chain(brands -> insert(tx, "INSERT INTO catalog_search_brand (brand_id, title) VALUES %s", brands)
                        .chain(() -> insertWords(tx, brands.stream().map(brand -> (String) brand.get(1)))));
    }

    /** A product's words (the title relevance weighs and the rest), and what a text search filters on. */
    record Document(UUID productId, UUID brandId, UUID categoryId, String proteinType, String title, String body) {
    }

    private static List<Document> documents(List<Row> products, List<Row> flavours) {
        Map<UUID, List<String>> flavoursOf = new HashMap<>();
        flavours.forEach(row -> flavoursOf.computeIfAbsent(Rows.uuid(row, "product_id"), id -> new ArrayList<>()).add(row.getString("flavour")));
        List<Document> documents = new ArrayList<>();
        for (Row product : products) {
            UUID id = Rows.uuid(product, "id");
            List<String> title = new ArrayList<>();
            title.add(product.getString("brand_name"));
            title.addAll(aliases(product.getValue("aliases")));
            title.add(product.getString("name"));
            List<String> body = new ArrayList<>(flavoursOf.getOrDefault(id, List.of()));
            body.add(product.getString("protein_type").toLowerCase(Locale.ROOT));
            body.add(product.getString("category_name"));
            documents.add(new Document(id, Rows.uuid(product, "brand_id"), Rows.uuid(product, "category_id"), product.getString("protein_type"),
                    SearchText.document(title), SearchText.document(body)));
        }
        return documents;
    }

    /** A brand's aliases as either engine returns the column: a JSON array, or its text. */
    public static List<String> aliases(Object column) {
        if (column == null) {
            return List.of();
        }
        JsonArray array = column instanceof JsonArray json ? json : new JsonArray(column.toString());
        List<String> aliases = new ArrayList<>();
        array.forEach(alias -> aliases.add(String.valueOf(alias)));
        return aliases;
    }

    private static Uni<Void> insertDocuments(SqlSession tx, List<Document> documents) {
        return insert(tx, "INSERT INTO catalog_search_document (product_id, brand_id, category_id, protein_type, title, body) VALUES %s",
                documents.stream().map(document -> List.<Object>of(document.productId(), document.brandId(), document.categoryId(),
                        document.proteinType(), document.title(), document.body())).toList());
    }

    /** Adds the words of these texts, and the deletions of the long ones, to the vocabulary. */
    private static Uni<Void> insertWords(SqlSession tx, Stream<String> texts) {
        Set<String> words = new TreeSet<>();
        texts.forEach(text -> words.addAll(SearchText.words(text)));
        List<List<Object>> deletions = words.stream().filter(Typos::tolerated)
                .flatMap(word -> Typos.deletions(word).stream().map(deletion -> List.<Object>of(deletion, word)))
                .toList();
        return insert(tx, "INSERT INTO catalog_search_word (word) VALUES %s ON CONFLICT (word) DO NOTHING",
                        words.stream().map(word -> List.<Object>of(word)).toList())
                .chain(() -> insert(tx, "INSERT INTO catalog_search_word_deletion (deletion, word) VALUES %s ON CONFLICT (deletion, word) DO NOTHING",
                        deletions));
    }

    /** Inserts the rows through {@code statement}'s multi-row VALUES, a bounded number of rows per statement. */
    private static Uni<Void> insert(SqlSession tx, String statement, List<List<Object>> rows) {
        return Multi.createFrom().iterable(rows)
                .group().intoLists().of(ROWS_PER_STATEMENT)
                .onItem().transformToUniAndConcatenate(chunk -> {
                    List<String> values = new ArrayList<>();
                    for (int row = 0; row < chunk.size(); row++) {
                        values.add("(" + SqlPlaceholders.numbered(row * chunk.get(0).size() + 1, chunk.get(0).size()) + ")");
                    }
                    return tx.update(statement.formatted(String.join(", ", values)), chunk.stream().flatMap(List::stream).toArray());
                })
                .collect().last()
                .replaceWithVoid();
    }

    /** Drops the documents of products that no longer exist. */
    public Uni<Void> dropOrphans(SqlSession tx) {
        return tx.update("DELETE FROM catalog_search_document WHERE product_id NOT IN (SELECT id FROM catalog_product)").replaceWithVoid();
    }
}
