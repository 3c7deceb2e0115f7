package com.wheyprice.catalog.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.catalog.api.scraping.DueListing;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Hands out due listings, oldest first, and claims them for a lease: a claimed listing is not
 * due again until the lease ends (or its result arrives and schedules the next scrape), so
 * concurrent claims never get the same listing, and a lost job is retried when the lease ends.
 */
@ApplicationScoped
public class DueListingRepository {

    public Uni<List<DueListing>> claim(SqlSession tx, Instant now, Instant leaseEnd, int limit) {
        return tx.list("""
                        UPDATE catalog_listing SET next_scrape_at = $1
                         WHERE id IN (SELECT l.id FROM catalog_listing l JOIN catalog_retailer r ON r.id = l.retailer_id
                                       WHERE l.active = TRUE AND r.active = TRUE AND l.next_scrape_at <= $2
                                       ORDER BY l.next_scrape_at, l.id LIMIT $3)
                           AND next_scrape_at <= $2
                        RETURNING id""", row -> Rows.uuid(row, "id"), leaseEnd, now, limit)
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<DueListing>of()) : details(tx, ids));
    }

    /**
     * Claims one active listing, or every active listing of one retailer, whether due or not (an
     * admin asked for a scrape now); at most {@code limit} listings.
     */
    public Uni<List<DueListing>> claimNow(SqlSession tx, UUID listingId, UUID retailerId, Instant leaseEnd, int limit) {
        return tx.list("""
                        UPDATE catalog_listing SET next_scrape_at = $1
                         WHERE id IN (SELECT l.id FROM catalog_listing l JOIN catalog_retailer r ON r.id = l.retailer_id
                                       WHERE l.active = TRUE AND r.active = TRUE AND (l.id = $2 OR l.retailer_id = $3)
                                       ORDER BY l.next_scrape_at, l.id LIMIT $4)
                        RETURNING id""", row -> Rows.uuid(row, "id"), leaseEnd, listingId, retailerId, limit)
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<DueListing>of()) : details(tx, ids));
    }

    private Uni<List<DueListing>> details(SqlSession tx, List<UUID> ids) {
        String placeholders = IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "$" + i).collect(Collectors.joining(", "));
        return tx.list("""
                SELECT l.id, l.url, l.retailer_sku, l.next_scrape_at, v.gtin, v.sku, r.id AS retailer_id, r.slug, r.domain, r.currency,
                       r.price_selector, r.list_price_selector, r.availability_selector, r.max_requests_per_minute, r.request_headers
                  FROM catalog_listing l
                  JOIN catalog_variant v ON v.id = l.variant_id
                  JOIN catalog_retailer r ON r.id = l.retailer_id
                 WHERE l.id IN (""" + placeholders + ") ORDER BY l.id", DueListingRepository::listing, ids.toArray());
    }

    private static DueListing listing(Row row) {
        return new DueListing(Rows.uuid(row, "id"), row.getString("url"), row.getString("retailer_sku"), row.getString("gtin"),
                row.getString("sku"), new DueListing.Retailer(Rows.uuid(row, "retailer_id"), row.getString("slug"), row.getString("domain"),
                        row.getString("currency"), row.getString("price_selector"), row.getString("list_price_selector"),
                        row.getString("availability_selector"), (int) Rows.count(row, "max_requests_per_minute"),
                        row.getString("request_headers")));
    }
}
