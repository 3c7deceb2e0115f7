package com.wheyprice.catalog.product;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.catalog.api.CatalogViews;
import com.wheyprice.catalog.api.CatalogViews.LabTest;
import com.wheyprice.catalog.api.CatalogViews.LabTestScope;
import com.wheyprice.catalog.api.CatalogViews.Offer;
import com.wheyprice.catalog.api.CatalogViews.ProductDetail;
import com.wheyprice.catalog.api.ProteinType;
import com.wheyprice.catalog.price.PriceReference;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.platform.api.Money;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/** Reads a product for shoppers: the detail with every variant and every variant's offers. */
@ApplicationScoped
public class ProductRepository {

    private final BrandRepository brands;

    ProductRepository(BrandRepository brands) {
        this.brands = brands;
    }

    /** The product with every variant and every variant's offers, best buy first; {@code null} when there is no such product. */
    public Uni<ProductDetail> detail(SqlSession sql, String slugOrId) {
        UUID id = asUuid(slugOrId);
        String where = id == null ? "p.slug = $1" : "p.id = $1";
        return sql.first("""
                SELECT p.*, c.slug AS category_slug FROM catalog_product p JOIN catalog_category c ON c.id = p.category_id""" + " WHERE " + where,
                row -> row, id == null ? slugOrId : id)
                .chain(product -> product == null ? Uni.createFrom().nullItem() : brands.find(sql, Rows.uuid(product, "brand_id"))
                        .chain(brand -> variants(sql, Rows.uuid(product, "id")).map(variants -> new ProductDetail(
                                Rows.uuid(product, "id"), product.getString("slug"), product.getString("name"),
                                ProteinType.valueOf(product.getString("protein_type")), product.getString("description"),
                                product.getString("image_url"), brand, product.getString("category_slug"), variants))));
    }

    private Uni<List<CatalogViews.Variant>> variants(SqlSession sql, UUID productId) {
        return sql.list("""
                SELECT v.id AS variant_id, v.flavour, v.pack_size_g, v.servings_per_pack, v.protein_per_serving_mg, v.gtin, v.sku,
                       vl.scope AS lab_scope, vl.tested_protein_per_serving_mg AS lab_tested_mg,
                       vl.claimed_protein_per_serving_mg AS lab_claimed_mg, vl.lab_name, vl.report_url AS lab_report_url,
                       vl.tested_on AS lab_tested_on, vl.batch AS lab_batch, vl.sample AS lab_sample,
                       l.id AS listing_id, l.url, l.price_minor, l.list_price_minor, l.currency, l.availability, l.observed_at,
                       l.last_scrape_status, l.typical_price_minor, l.list_price_inflated, r.slug AS retailer, r.name AS retailer_name
                  FROM catalog_variant v
                  %s
                  LEFT JOIN catalog_listing l ON l.variant_id = v.id AND l.active = TRUE
                  LEFT JOIN catalog_retailer r ON r.id = l.retailer_id AND r.active = TRUE
                 WHERE v.product_id = $1
                 ORDER BY v.pack_size_g, v.flavour, v.id,
                          CASE l.availability WHEN 'IN_STOCK' THEN 0 WHEN 'UNKNOWN' THEN 1 ELSE 2 END,
                          CASE WHEN l.price_minor IS NULL THEN 1 ELSE 0 END, l.price_minor, l.id""".formatted(Nutrition.LAB_TEST_JOIN),
                        row -> row, productId)
                .map(ProductRepository::groupVariants);
    }

    private static List<CatalogViews.Variant> groupVariants(List<Row> rows) {
        Map<UUID, CatalogViews.Variant> variants = new LinkedHashMap<>();
        for (Row row : rows) {
            UUID variantId = Rows.uuid(row, "variant_id");
            int servings = row.getInteger("servings_per_pack");
            int proteinMg = row.getInteger("protein_per_serving_mg");
            CatalogViews.Variant variant = variants.computeIfAbsent(variantId, id -> new CatalogViews.Variant(id, row.getString("flavour"),
                    row.getInteger("pack_size_g"), servings, Nutrition.grams(proteinMg),
                    Nutrition.grams(Nutrition.proteinPerPackMg(servings, proteinMg)), row.getString("gtin"), row.getString("sku"),
                    new ArrayList<>(), labTest(row)));
            Long price = Rows.longValue(row, "price_minor");
            if (Rows.uuid(row, "listing_id") != null && row.getString("retailer") != null) {
                String currency = row.getString("currency");
                Long list = Rows.longValue(row, "list_price_minor");
                variant.offers().add(new Offer(Rows.uuid(row, "listing_id"), row.getString("retailer"), row.getString("retailer_name"),
                        row.getString("url"), price == null ? null : new Money(price, currency),
                        list == null ? null : new Money(list, currency), Availability.valueOf(row.getString("availability")),
                        Rows.instant(row, "observed_at"),
                        price == null ? null : new Money(Nutrition.pricePer100gProtein(price, servings, proteinMg), currency),
                        price == null ? null : new Money(Nutrition.pricePerServing(price, servings), currency),
                        row.getString("last_scrape_status"), price == null ? null : PriceReference.discountBasisPoints(price, list) / 100,
                        Rows.money(row, "typical_price_minor", "currency"),
                        price == null ? null : PriceReference.discountBasisPoints(price, Rows.longValue(row, "typical_price_minor")) / 100,
                        price == null ? null : Rows.bool(row, "list_price_inflated")));
            }
        }
        return List.copyOf(variants.values());
    }

    /** The lab test that applies to the row's variant, or null. */
    private static LabTest labTest(Row row) {
        String scope = row.getString("lab_scope");
        return scope == null ? null : new LabTest(Nutrition.grams(Rows.count(row, "lab_tested_mg")),
                Nutrition.grams(Rows.count(row, "lab_claimed_mg")), row.getString("lab_name"), row.getString("lab_report_url"), row.getString("lab_tested_on"), row.getString("lab_batch"),
                LabTestScope.valueOf(scope), Boolean.TRUE.equals(Rows.bool(row, "lab_sample")));
    }

    private static UUID asUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
