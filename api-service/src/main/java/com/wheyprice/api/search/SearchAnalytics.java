package com.wheyprice.api.search;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.wheyprice.common.redis.RedisKeys;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoredValue;
import io.quarkus.redis.datasource.sortedset.ZRangeArgs;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Counts searches where shoppers make them, at the public API, so answers from the response
 * cache count too: every search ({@code whey_searches_total}), and every first page of a text
 * search that found nothing ({@code whey_search_zero_results_total}), whose text goes into a
 * per-day Redis sorted set for {@link #zeroResults}. Recording never fails or slows a search: a
 * Redis error is logged and forgotten.
 */
@ApplicationScoped
public class SearchAnalytics {

    private static final Logger LOG = Logger.getLogger(SearchAnalytics.class);

    /** How many days of zero-result queries are kept. */
    public static final int KEPT_DAYS = 30;
    /** The most distinct queries a day's list keeps track of in an answer. */
    static final int MOST_QUERIES = 50;
    /** Queries are kept to this length, so one hostile text cannot bloat the sets. */
    static final int QUERY_LENGTH = 100;
    /** An answer this long cannot be an empty page; only a shorter one is parsed to check. */
    private static final int EMPTY_PAGE_LENGTH = 4096;

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final MeterRegistry metrics;
    private final Clock clock;

    SearchAnalytics(ReactiveRedisDataSource redis, RedisKeys keys, MeterRegistry metrics, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.metrics = metrics;
        this.clock = clock;
        // At zero from the start, so dashboards and rate() see the series before the first search.
        metrics.counter("whey_searches_total");
        metrics.counter("whey_search_zero_results_total");
    }

    /** Records a product search and its answer; {@code text} is the search text, {@code firstPage} whether no cursor was sent. */
    public Uni<Void> searched(String text, boolean firstPage, Response answer) {
        metrics.counter("whey_searches_total").increment();
        String query = normalized(text);
        if (query.isEmpty() || !firstPage || !foundNothing(answer)) {
            return Uni.createFrom().voidItem();
        }
        metrics.counter("whey_search_zero_results_total").increment();
        String key = dayKey(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return redis.sortedSet(String.class).zincrby(key, 1, query)
                .chain(() -> redis.key().expire(key, Duration.ofDays(KEPT_DAYS + 1)))
                .replaceWithVoid()
                .onFailure().recoverWithUni(error -> {
                    LOG.warnf("zero-result search not recorded (%s)", error.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    /** The queries that found nothing over the last {@code days} UTC days (today included), most searched first. */
    public Uni<List<ZeroResultQuery>> zeroResults(int days) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return Multi.createFrom().range(0, days)
                .onItem().transformToUniAndConcatenate(back -> redis.sortedSet(String.class)
                        .zrangeWithScores(dayKey(today.minusDays(back)), 0, MOST_QUERIES * 4L - 1, new ZRangeArgs().rev()))
                .collect().in(HashMap<String, Long>::new, (totals, day) -> day.forEach(
                        (ScoredValue<String> scored) -> totals.merge(scored.value(), (long) scored.score(), Long::sum)))
                .map(totals -> totals.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(MOST_QUERIES)
                        .map(entry -> new ZeroResultQuery(entry.getKey(), entry.getValue()))
                        .toList());
    }

    private String dayKey(LocalDate day) {
        return keys.key("search", "zero-results", day.toString());
    }

    /** Lower case, single spaces, trimmed and cut: one form per text a shopper means. */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        String query = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return query.length() > QUERY_LENGTH ? query.substring(0, QUERY_LENGTH) : query;
    }

    private static boolean foundNothing(Response answer) {
        if (answer.getStatus() != 200 || !(answer.getEntity() instanceof byte[] body) || body.length > EMPTY_PAGE_LENGTH) {
            return false;
        }
        try {
            JsonArray items = new JsonObject(new String(body, StandardCharsets.UTF_8)).getJsonArray("items");
            return items != null && items.isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
