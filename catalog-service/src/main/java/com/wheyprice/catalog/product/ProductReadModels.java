package com.wheyprice.catalog.product;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.catalog.search.SearchDocuments;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlPlaceholders;
import com.wheyprice.common.db.SqlSession;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Keeps what searches read in step with the catalog: the lab tests that apply to each variant
 * ({@link VariantLabTests}), each product's best offers ({@link BestOffers}) and search document
 * and brands' search titles ({@link SearchDocuments}). Every change that can move them (a scraped price, an admin edit of a
 * listing, variant, product, brand, category, retailer or lab test) refreshes the products it touched in its own transaction, so a search never sees a
 * change without its ranking. The same refresh over every product is the rebuild.
 */
@ApplicationScoped
public class ProductReadModels {

    private static final Logger LOG = Logger.getLogger(ProductReadModels.class);

    /** Products per statement: far below either engine's limit on bound values. */
    static final int CHUNK = 500;

    /**
     * The kinds of catalog entry an admin edits, each with the products whose read models depend
     * on one entry: what to refresh before and after a change to it.
     */
    public enum Dependents {
        /** A brand's lab test moves offers; its name and aliases are words. */
        BRAND("SELECT id FROM catalog_product WHERE brand_id = $1", true, true),
        /** Only a category's name is read, as words. */
        CATEGORY("SELECT id FROM catalog_product WHERE category_id = $1", false, true),
        PRODUCT("SELECT id FROM catalog_product WHERE id = $1", true, true),
        VARIANT("SELECT product_id AS id FROM catalog_variant WHERE id = $1", true, true),
        /** Nothing of a retailer or a listing is a word. */
        RETAILER("SELECT DISTINCT v.product_id AS id FROM catalog_listing l JOIN catalog_variant v ON v.id = l.variant_id WHERE l.retailer_id = $1",
                true, false),
        LISTING("SELECT v.product_id AS id FROM catalog_listing l JOIN catalog_variant v ON v.id = l.variant_id WHERE l.id = $1", true, false),
        /** A lab test moves the offers of its product. */
        LAB_TEST("SELECT product_id AS id FROM catalog_lab_test WHERE id = $1", true, false);

        private final String productsSql;
        private final boolean offers;
        private final boolean words;

        Dependents(String productsSql, boolean offers, boolean words) {
            this.productsSql = productsSql;
            this.offers = offers;
            this.words = words;
        }

        /** The products that depend on this entry as it is now in {@code tx}. */
        public Uni<List<UUID>> of(SqlSession tx, UUID id) {
            return tx.list(productsSql, row -> Rows.uuid(row, "id"), id);
        }
    }

    private final Database database;
    private final VariantLabTests labTests;
    private final BestOffers bestOffers;
    private final SearchDocuments documents;

    ProductReadModels(Database database, VariantLabTests labTests, BestOffers bestOffers, SearchDocuments documents) {
        this.database = database;
        this.labTests = labTests;
        this.bestOffers = bestOffers;
        this.documents = documents;
    }

    /** Refreshes every read model of these products within {@code tx}. */
    public Uni<Void> refresh(SqlSession tx, Collection<UUID> productIds) {
        return inChunks(tx, productIds, chunk -> offers(tx, chunk).chain(() -> documents.refresh(tx, chunk)));
    }

    /**
     * Refreshes, within {@code tx}, what depends on the entry {@code entry} of the kind that changed:
     * the read models of these products that read that kind, and a brand's own search title.
     */
    public Uni<Void> refresh(SqlSession tx, Dependents changed, UUID entry, Collection<UUID> productIds) {
        return inChunks(tx, productIds, chunk -> (changed.offers ? offers(tx, chunk) : Uni.createFrom().voidItem())
                        .chain(() -> changed.words ? documents.refresh(tx, chunk) : Uni.createFrom().voidItem()))
                .chain(() -> changed == Dependents.BRAND ? documents.refreshBrands(tx, List.of(entry)) : Uni.createFrom().voidItem());
    }

    /** Recomputes every brand's search title within {@code tx}, as after loading brands in bulk. */
    public Uni<Void> refreshBrands(SqlSession tx) {
        return documents.rebuildBrands(tx);
    }

    /** The lab tests that apply to the products' variants, then the offers ranked by them. */
    private Uni<Void> offers(SqlSession tx, List<UUID> chunk) {
        return labTests.refresh(tx, chunk).chain(() -> bestOffers.rank(tx, chunk));
    }

    /** Refreshes the best offers of these products within {@code tx}: their offers moved, nothing a document holds did. */
    public Uni<Void> refreshOffers(SqlSession tx, Collection<UUID> productIds) {
        return inChunks(tx, productIds, chunk -> bestOffers.rank(tx, chunk));
    }

    /**
     * Runs {@code work} over the products in id-ordered chunks, each locked first (on PostgreSQL),
     * so two transactions refreshing one product take turns and the later one reads the earlier
     * one's committed changes.
     */
    private static Uni<Void> inChunks(SqlSession tx, Collection<UUID> productIds, Function<List<UUID>, Uni<Void>> work) {
        return Multi.createFrom().iterable(new TreeSet<>(productIds))
                .group().intoLists().of(CHUNK)
                .onItem().transformToUniAndConcatenate(chunk -> tx.list("SELECT id FROM catalog_product WHERE id IN ("
                        + SqlPlaceholders.numbered(1, chunk.size()) + ") ORDER BY id" + tx.dialect().forUpdate(), row -> row, chunk.toArray())
                        .chain(() -> work.apply(chunk)))
                .collect().last()
                .replaceWithVoid();
    }

    /**
     * Recreates every read model from the catalog, a chunk of products per transaction (so
     * ingest and admin edits keep going), then drops what belongs to products that no longer
     * exist. Answers the number of products refreshed.
     */
    public Uni<Integer> rebuild() {
        return rebuildFrom(null, 0)
                .call(() -> database.inTransaction(tx -> labTests.dropOrphans(tx).chain(() -> bestOffers.dropOrphans(tx))
                        .chain(() -> documents.dropOrphans(tx)).chain(() -> documents.rebuildBrands(tx))))
                // fresh statistics, so the planner walks the new indexes rather than guessing from an empty table
                .call(() -> database.update("ANALYZE catalog_best_offer").chain(() -> database.update("ANALYZE catalog_search_document")));
    }

    private Uni<Integer> rebuildFrom(UUID after, int done) {
        String next = after == null ? "" : " WHERE id > $1";
        Object[] params = after == null ? new Object[0] : new Object[] {after};
        return database.list("SELECT id FROM catalog_product" + next + " ORDER BY id LIMIT " + CHUNK, row -> Rows.uuid(row, "id"), params)
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(done)
                        : database.inTransaction(tx -> refresh(tx, ids)).chain(() -> rebuildFrom(ids.get(ids.size() - 1), done + ids.size())));
    }

    /**
     * Fills the read models when products exist without them: on the first start after a
     * migration that made or emptied one (best offers, search documents, brands' titles, variants' lab tests).
     */
    void buildOnStart(@Observes @Priority(10) StartupEvent event) {
        Unbuilt unbuilt = unbuilt().await().atMost(Duration.ofSeconds(30));
        if (unbuilt.products()) {
            int products = rebuild().await().atMost(Duration.ofMinutes(30));
            LOG.infof("search read models built for %d products", products);
        } else if (unbuilt.brands()) {
            // only the brands' titles are missing (the first start after they were added): the products' models stand
            database.inTransaction(documents::rebuildBrands).await().atMost(Duration.ofMinutes(1));
            LOG.info("brands' search titles built");
        }
    }

    /** Which read models are missing: those of the products (which a rebuild makes, brands' titles too), or only brands' titles. */
    private record Unbuilt(boolean products, boolean brands) {
    }

    private Uni<Unbuilt> unbuilt() {
        return database.first("""
                SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM catalog_product LIMIT 1) AS anything) AS products,
                       (SELECT COUNT(*) FROM (SELECT 1 FROM catalog_search_document LIMIT 1) AS anything) AS documents,
                       (SELECT COUNT(*) FROM (SELECT 1 FROM catalog_best_offer LIMIT 1) AS anything) AS ranked,
                       (SELECT COUNT(*) FROM (SELECT 1 FROM catalog_listing WHERE price_minor IS NOT NULL LIMIT 1) AS anything) AS priced,
                       (SELECT COUNT(*) FROM (SELECT 1 FROM catalog_variant_lab LIMIT 1) AS anything) AS labs,
                       (SELECT COUNT(*) FROM (SELECT 1 FROM catalog_variant v JOIN catalog_product p ON p.id = v.product_id
                                               JOIN catalog_brand b ON b.id = p.brand_id
                                              WHERE b.lab_tested_protein_mg IS NOT NULL AND b.lab_claimed_protein_mg IS NOT NULL
                                              LIMIT 1) AS anything) AS tested,
                       (SELECT COUNT(*) FROM (SELECT 1 FROM catalog_brand LIMIT 1) AS anything) AS brands,
                       (SELECT COUNT(*) FROM (SELECT 1 FROM catalog_search_brand LIMIT 1) AS anything) AS titled""",
                row -> new Unbuilt(Rows.count(row, "products") > 0 && Rows.count(row, "documents") == 0
                        || Rows.count(row, "ranked") == 0 && Rows.count(row, "priced") > 0
                        || Rows.count(row, "labs") == 0 && Rows.count(row, "tested") > 0,
                        Rows.count(row, "brands") > 0 && Rows.count(row, "titled") == 0));
    }
}
