package com.wheyprice.catalog.product;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.CatalogViews.Brand;
import com.wheyprice.catalog.api.CatalogViews.LabTest;
import com.wheyprice.catalog.api.CatalogViews.LabTestScope;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/** Reads brands with their lab-testing record. */
@ApplicationScoped
public class BrandRepository {

    public Uni<List<Brand>> all(SqlSession sql) {
        return sql.list("SELECT * FROM catalog_brand ORDER BY name, id", BrandRepository::brand);
    }

    public Uni<Brand> find(SqlSession sql, UUID id) {
        return sql.first("SELECT * FROM catalog_brand WHERE id = $1", BrandRepository::brand, id);
    }

    public Uni<Brand> findBySlug(SqlSession sql, String slug) {
        return sql.first("SELECT * FROM catalog_brand WHERE slug = $1", BrandRepository::brand, slug);
    }

    private static Brand brand(Row row) {
        Long tested = Rows.longValue(row, "lab_tested_protein_mg");
        Long claimed = Rows.longValue(row, "lab_claimed_protein_mg");
        LabTest lab = tested == null ? null : new LabTest(Nutrition.grams(tested), claimed == null ? null : Nutrition.grams(claimed),
                row.getString("lab_name"), row.getString("lab_report_url"), row.getString("lab_tested_on"), null, LabTestScope.BRAND,
                Boolean.TRUE.equals(Rows.bool(row, "lab_sample")));
        return new Brand(Rows.uuid(row, "id"), row.getString("slug"), row.getString("name"), row.getString("country"),
                row.getString("website"), lab);
    }
}
