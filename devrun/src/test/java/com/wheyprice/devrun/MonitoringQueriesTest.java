package com.wheyprice.devrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How the monitoring check reads PromQL and Prometheus text; DevRunIT applies it to the running services. */
class MonitoringQueriesTest {

    @Test
    void findsTheMetricsOfAQueryButNotItsFunctionsLabelsOrKeywords() {
        String expr = """
                histogram_quantile(0.95, sum by (job, le) (rate(http_server_requests_seconds_bucket{uri!~"/q/.*"}[5m]))) > 0.5
                  and on (job) max(whey_scrape_queue_depth) offset 5m > bool 1""";

        assertThat(MonitoringQueries.metrics(expr)).containsExactly("http_server_requests_seconds_bucket", "whey_scrape_queue_depth");
        assertThat(MonitoringQueries.matchedLabels(expr)).isEqualTo(Map.of("http_server_requests_seconds_bucket", Set.of("uri")));
    }

    @Test
    void everyAlertAndDashboardQueryIsReadAndAMissingMetricOrLabelIsReported() {
        MonitoringQueries queries = MonitoringQueries.of(Path.of("..").toAbsolutePath().normalize());
        assertThat(queries.queries()).hasSizeGreaterThan(30).allSatisfy(query -> assertThat(query.expr()).isNotBlank());

        Map<String, Set<String>> exported = new HashMap<>();
        MonitoringQueries.exported("""
                # TYPE whey_scrape_jobs_total counter
                whey_scrape_jobs_total{outcome="ok",retailer="fitkart"} 3.0
                whey_scrape_queue_depth 0.0
                """, exported);

        assertThat(exported).containsEntry("whey_scrape_jobs_total", Set.of("outcome", "retailer"));
        assertThat(queries.unmet(exported)).contains("alerts.yml: HighErrorRate: no service exports http_server_requests_seconds_count")
                .noneMatch(unmet -> unmet.contains("exports whey_scrape_jobs_total"));
    }
}
