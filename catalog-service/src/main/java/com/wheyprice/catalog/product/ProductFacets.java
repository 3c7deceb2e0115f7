package com.wheyprice.catalog.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.SearchFacets;
import com.wheyprice.catalog.api.SearchFacets.FacetValue;
import com.wheyprice.catalog.api.SearchFacets.PriceBand;
import com.wheyprice.catalog.api.SearchFacets.SizeBand;
import com.wheyprice.common.db.Conditions;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.platform.api.Money;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Counts how the products a search finds spread over the values a shopper can narrow to, in one
 * statement over the same matching products the search pages through ({@link ProductSearches.Matching}):
 * brands, categories, protein types, flavours, pack-size bands, stock, and five bands of the
 * price of 100 g of protein between the cheapest and the dearest best offer.
 */
@ApplicationScoped
public class ProductFacets {

    /** The most brands and flavours listed; the rest are there to find by searching. */
    static final int MOST_VALUES = 20;
    static final int PRICE_BANDS = 5;

    /** The pack-size bands, in grams: below 1 kg, 1–2 kg, 2–3 kg, 3 kg and more. */
    private static final int[] SIZE_BOUNDS = {1000, 2000, 3000};

    public Uni<SearchFacets> count(SqlSession sql, ProductSearch search) {
        // each product counts once per flavour and per size band: the pairs are made distinct first, so the
        // counts group by hashing instead of sorting every variant (COUNT(DISTINCT …) sorts, and spills to disk)
        ProductSearches.Matching matching = ProductSearches.Matching.of(sql, search);
        Conditions where = matching.where();
        if (search.narrowsVariants()) {
            where.and("EXISTS (SELECT 1 FROM catalog_variant fv WHERE fv.product_id = " + matching.id()
                    + (search.flavour() == null ? "" : " AND lower(fv.flavour) = " + where.bind(search.flavour().toLowerCase(Locale.ROOT)))
                    + (search.minSizeG() == null ? "" : " AND fv.pack_size_g >= " + where.bind(search.minSizeG()))
                    + (search.maxSizeG() == null ? "" : " AND fv.pack_size_g <= " + where.bind(search.maxSizeG())) + ")");
        }
        String inStock = search.inStockOnly() ? "1" : "CASE WHEN bs.product_id IS NULL THEN 0 ELSE 1 END";
        String inStockJoin = search.inStockOnly() ? "" : "LEFT JOIN catalog_best_offer bs ON bs.product_id = " + matching.id() + " AND bs.currency = "
                + where.bind(search.currency()) + " AND bs.in_stock_only = " + where.bind(true) + " AND bs.ranking = " + where.bind(search.ranking());
        String size = "CASE WHEN v.pack_size_g < %d THEN '0' WHEN v.pack_size_g < %d THEN '1' WHEN v.pack_size_g < %d THEN '2' ELSE '3' END"
                .formatted(SIZE_BOUNDS[0], SIZE_BOUNDS[1], SIZE_BOUNDS[2]);
        String band = "CAST((m.per100 - (SELECT MIN(per100) FROM m)) * %d / ((SELECT MAX(per100) FROM m) - (SELECT MIN(per100) FROM m) + 1) AS TEXT)"
                .formatted(PRICE_BANDS);
        String statement = """
                WITH m AS MATERIALIZED (
                    SELECT %8$s AS id, %9$s.brand_id, %9$s.category_id, %9$s.protein_type, bo.%1$s AS per100, %2$s AS in_stock
                      %3$s
                      %4$s
                      %5$s
                ), packs AS MATERIALIZED (
                    SELECT v.product_id, v.flavour, %6$s AS size FROM m JOIN catalog_variant v ON v.product_id = m.id
                )
                SELECT 'brand' AS facet, b.slug AS value, b.name AS name, g.n FROM (SELECT brand_id, COUNT(*) AS n FROM m GROUP BY brand_id) g
                  JOIN catalog_brand b ON b.id = g.brand_id
                UNION ALL
                SELECT 'category', c.slug, c.name, g.n FROM (SELECT category_id, COUNT(*) AS n FROM m GROUP BY category_id) g
                  JOIN catalog_category c ON c.id = g.category_id
                UNION ALL
                SELECT 'proteinType', protein_type, protein_type, COUNT(*) FROM m GROUP BY protein_type
                UNION ALL
                SELECT 'flavour', flavour, flavour, COUNT(*) FROM (SELECT DISTINCT product_id, flavour FROM packs) f GROUP BY flavour
                UNION ALL
                SELECT 'size', size, NULL, COUNT(*) FROM (SELECT DISTINCT product_id, size FROM packs) z GROUP BY size
                UNION ALL
                SELECT 'inStock', 'true', NULL, COUNT(*) FROM m WHERE in_stock = 1
                UNION ALL
                SELECT 'band', %7$s, NULL, COUNT(*) FROM m WHERE per100 IS NOT NULL GROUP BY %7$s
                UNION ALL
                SELECT 'range', CAST(MIN(per100) AS TEXT), CAST(MAX(per100) AS TEXT), COUNT(*) FROM m WHERE per100 IS NOT NULL""".formatted(
                search.proteinBasis().bestOfferColumn(), inStock, matching.from(), inStockJoin, where.where(), size, band, matching.id(),
                matching.product());
        return sql.list(statement, row -> row, where.params()).map(rows -> facets(rows, search.currency()));
    }

    private static SearchFacets facets(List<Row> rows, String currency) {
        List<FacetValue> brands = new ArrayList<>();
        List<FacetValue> categories = new ArrayList<>();
        List<FacetValue> types = new ArrayList<>();
        List<FacetValue> flavours = new ArrayList<>();
        long[] sizes = new long[SIZE_BOUNDS.length + 1];
        long[] bands = new long[PRICE_BANDS];
        long inStock = 0;
        long cheapest = 0;
        long dearest = -1;
        for (Row row : rows) {
            String value = row.getString("value");
            long count = Rows.count(row, "n");
            switch (row.getString("facet")) {
                case "brand" -> brands.add(new FacetValue(value, row.getString("name"), count));
                case "category" -> categories.add(new FacetValue(value, row.getString("name"), count));
                case "proteinType" -> types.add(new FacetValue(value, value, count));
                case "flavour" -> flavours.add(new FacetValue(value, value, count));
                case "size" -> sizes[Integer.parseInt(value)] = count;
                case "inStock" -> inStock = count;
                case "band" -> bands[Integer.parseInt(value)] = count;
                case "range" -> {
                    if (count > 0) {
                        cheapest = Long.parseLong(value);
                        dearest = Long.parseLong(row.getString("name"));
                    }
                }
                default -> throw new IllegalStateException("unknown facet " + row.getString("facet"));
            }
        }
        return new SearchFacets(mostFirst(brands), mostFirst(categories), mostFirst(types), mostFirst(flavours), sizeBands(sizes),
                inStock, priceBands(bands, cheapest, dearest, currency));
    }

    private static List<FacetValue> mostFirst(List<FacetValue> values) {
        return values.stream()
                .sorted((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.name().compareTo(b.name()))
                .limit(MOST_VALUES)
                .toList();
    }

    private static List<SizeBand> sizeBands(long[] counts) {
        List<SizeBand> bands = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            bands.add(new SizeBand(i == 0 ? null : SIZE_BOUNDS[i - 1], i == SIZE_BOUNDS.length ? null : SIZE_BOUNDS[i] - 1, counts[i]));
        }
        return bands;
    }

    /**
     * Cumulative bands: band {@code i} holds the prices below {@code cheapest + (i + 1) × width},
     * width being a fifth of the range, so its upper bound is the most a product in it costs.
     */
    private static List<PriceBand> priceBands(long[] counts, long cheapest, long dearest, String currency) {
        List<PriceBand> bands = new ArrayList<>();
        if (dearest < 0) {
            return bands;
        }
        long span = dearest - cheapest + 1;
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            total += counts[i];
            long atMost = cheapest + ceilDiv((i + 1) * span, PRICE_BANDS) - 1;
            bands.add(new PriceBand(new Money(atMost, currency), total));
        }
        return bands;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
