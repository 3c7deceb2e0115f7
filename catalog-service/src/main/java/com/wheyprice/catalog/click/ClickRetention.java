package com.wheyprice.catalog.click;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlPlaceholders;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.retention.RetentionRule;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Clicks {@code age} old become counts per UTC day, retailer and source in
 * {@code catalog_click_daily}, and the rows (with who clicked and from where) are deleted, in the
 * same transaction: the click report ({@link ClickStatsResource}) counts the same either way.
 */
public record ClickRetention(Duration age) implements RetentionRule {

    private record Counted(String day, UUID retailer, String source) {
    }

    @Override
    public String kind() {
        return "clicks";
    }

    @Override
    public Uni<Integer> apply(SqlSession tx, Instant now, int batch) {
        String day = tx.dialect().dayOf("clicked_at");
        return tx.list("SELECT id, " + day + " AS day, retailer_id, source FROM catalog_click WHERE clicked_at < $1 ORDER BY clicked_at, id LIMIT "
                        + batch, row -> row, now.minus(age))
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    Map<Counted, Long> counts = new LinkedHashMap<>();
                    rows.forEach(row -> counts.merge(new Counted(row.getString("day"), Rows.uuid(row, "retailer_id"), row.getString("source")), 1L,
                            Long::sum));
                    List<Object> ids = rows.stream().map(row -> (Object) Rows.uuid(row, "id")).toList();
                    return Multi.createFrom().iterable(counts.entrySet())
                            .onItem().transformToUniAndConcatenate(count -> tx.update("""
                                    INSERT INTO catalog_click_daily (day, retailer_id, source, clicks) VALUES ($1, $2, $3, $4)
                                    ON CONFLICT (day, retailer_id, source) DO UPDATE SET clicks = catalog_click_daily.clicks + excluded.clicks""",
                                    count.getKey().day(), count.getKey().retailer(), count.getKey().source(), count.getValue()))
                            .collect().last()
                            .chain(() -> tx.update("DELETE FROM catalog_click WHERE id IN (" + SqlPlaceholders.numbered(1, ids.size()) + ")",
                                    ids.toArray()));
                });
    }
}
