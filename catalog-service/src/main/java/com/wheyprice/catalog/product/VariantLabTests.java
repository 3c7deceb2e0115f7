package com.wheyprice.catalog.product;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.SqlPlaceholders;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/**
 * The lab test that applies to each variant ({@code catalog_variant_lab}): the variant's own
 * newest test, else its product's newest test of every variant, else its brand's figures, with
 * which of the three it is. Best value by lab-tested protein and the product page read it, so
 * neither repeats the choice. Like the best offers, it is recomputed per product from the catalog
 * ({@link ProductReadModels} decides when), so a rebuild gives the same rows.
 */
@ApplicationScoped
public class VariantLabTests {

    private static final String COLUMNS = "variant_id, product_id, scope, lab_test_id, tested_protein_per_serving_mg,"
            + " claimed_protein_per_serving_mg, lab_name, report_url, tested_on, batch, sample";

    /** The newest test of each variant of the products in {@code %1$s}, its own before its product's. */
    private static final String OWN_TESTS = """
            INSERT INTO catalog_variant_lab (%s)
            SELECT variant_id, product_id, scope, lab_test_id, tested_protein_per_serving_mg, claimed_protein_per_serving_mg, lab_name,
                   report_url, tested_on, batch, sample
              FROM (SELECT v.id AS variant_id, v.product_id, CASE WHEN t.variant_id IS NULL THEN 'PRODUCT' ELSE 'VARIANT' END AS scope,
                           t.id AS lab_test_id, t.tested_protein_per_serving_mg, t.claimed_protein_per_serving_mg, t.lab_name,
                           t.report_url, t.tested_on, t.batch, t.sample,
                           ROW_NUMBER() OVER (PARTITION BY v.id ORDER BY CASE WHEN t.variant_id IS NULL THEN 1 ELSE 0 END,
                                                                         t.tested_on DESC, t.created_at DESC, t.id) AS rn
                      FROM catalog_variant v
                      JOIN catalog_lab_test t ON t.product_id = v.product_id AND (t.variant_id = v.id OR t.variant_id IS NULL)
                     WHERE v.product_id IN (%%1$s)) tests
             WHERE rn = 1""".formatted(COLUMNS);

    /** The brand's figures for the variants of the products in {@code %1$s} that no test of their own covers. */
    private static final String BRAND_TESTS = """
            INSERT INTO catalog_variant_lab (%s)
            SELECT v.id, v.product_id, 'BRAND', NULL, b.lab_tested_protein_mg, b.lab_claimed_protein_mg, b.lab_name, b.lab_report_url,
                   b.lab_tested_on, NULL, b.lab_sample
              FROM catalog_variant v
              JOIN catalog_product p ON p.id = v.product_id
              JOIN catalog_brand b ON b.id = p.brand_id
             WHERE v.product_id IN (%%1$s) AND b.lab_tested_protein_mg IS NOT NULL AND b.lab_claimed_protein_mg IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM catalog_variant_lab own WHERE own.variant_id = v.id)""".formatted(COLUMNS);

    /** Replaces the rows of these products' variants (the products already locked by the caller) with the tests that apply now. */
    Uni<Void> refresh(SqlSession tx, List<UUID> productIds) {
        String in = SqlPlaceholders.numbered(1, productIds.size());
        Object[] ids = productIds.toArray();
        return tx.update("DELETE FROM catalog_variant_lab WHERE product_id IN (" + in + ")", ids)
                .chain(() -> tx.update(OWN_TESTS.formatted(in), ids))
                .chain(() -> tx.update(BRAND_TESTS.formatted(in), ids))
                .replaceWithVoid();
    }

    /** Drops the rows of variants that no longer exist. */
    Uni<Void> dropOrphans(SqlSession tx) {
        return tx.update("DELETE FROM catalog_variant_lab WHERE variant_id NOT IN (SELECT id FROM catalog_variant)").replaceWithVoid();
    }
}
