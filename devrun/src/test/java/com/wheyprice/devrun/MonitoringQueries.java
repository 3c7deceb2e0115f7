package com.wheyprice.devrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every PromQL query the platform's monitoring runs (the alert rules and the Grafana dashboards)
 * and what each needs from the services: the metric names it selects and the labels it matches
 * on. {@link #unmet} says which of those no service exports, from their Prometheus text.
 */
final class MonitoringQueries {

    /** One query and where it comes from ({@code alerts.yml: HighErrorRate}). */
    record Query(String source, String expr) {
    }

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring",
            "group_left", "group_right", "inf", "nan");
    /** Labels Prometheus adds when it scrapes, not the services. */
    private static final Set<String> SCRAPE_LABELS = Set.of("job", "instance");
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern EXPOSED_LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");

    private final List<Query> queries;

    private MonitoringQueries(List<Query> queries) {
        this.queries = queries;
    }

    /** The queries of {@code deployments/prometheus/alerts.yml} and {@code deployments/grafana/dashboards/*.json}. */
    static MonitoringQueries of(Path root) {
        List<Query> queries = new ArrayList<>();
        try {
            JsonNode rules = new YAMLMapper().readTree(root.resolve("deployments/prometheus/alerts.yml").toFile());
            for (JsonNode group : rules.path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    queries.add(new Query("alerts.yml: " + rule.path("alert").asText(), rule.path("expr").asText()));
                }
            }
            ObjectMapper json = new ObjectMapper();
            try (Stream<Path> files = Files.list(root.resolve("deployments/grafana/dashboards"))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                    for (JsonNode panel : json.readTree(file.toFile()).path("panels")) {
                        for (JsonNode target : panel.path("targets")) {
                            queries.add(new Query(file.getFileName() + ": " + panel.path("title").asText(), target.path("expr").asText()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MonitoringQueries(queries);
    }

    List<Query> queries() {
        return queries;
    }

    /** The metric names one query selects. */
    static Set<String> metrics(String expr) {
        String plain = STRING.matcher(expr).replaceAll("\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\[[^\\]]*]", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(plain);
        while (identifier.find()) {
            String name = identifier.group(1);
            if (!KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /** The labels one query matches on, per metric ({@code metric{label="…"}}). */
    static Map<String, Set<String>> matchedLabels(String expr) {
        Map<String, Set<String>> labels = new HashMap<>();
        Matcher selector = SELECTOR.matcher(expr);
        while (selector.find()) {
            Matcher matcher = MATCHER.matcher(STRING.matcher(selector.group(2)).replaceAll("\"\""));
            while (matcher.find()) {
                labels.computeIfAbsent(selector.group(1), ignored -> new TreeSet<>()).add(matcher.group(1));
            }
        }
        return labels;
    }

    /** What the queries need that the exported metrics (name to label names, from {@link #exported}) do not have. */
    List<String> unmet(Map<String, Set<String>> exported) {
        List<String> unmet = new ArrayList<>();
        for (Query query : queries) {
            for (String metric : metrics(query.expr())) {
                if (!exported.containsKey(metric)) {
                    unmet.add(query.source() + ": no service exports " + metric);
                }
            }
            matchedLabels(query.expr()).forEach((metric, labels) -> labels.stream()
                    .filter(label -> !SCRAPE_LABELS.contains(label) && exported.containsKey(metric) && !exported.get(metric).contains(label))
                    .forEach(label -> unmet.add(query.source() + ": " + metric + " has no label " + label)));
        }
        return unmet;
    }

    /** Metric names and their label names from Prometheus text exposition, added to {@code into}. */
    static void exported(String exposition, Map<String, Set<String>> into) {
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.indexOf(' ');
            String name = line.substring(0, brace > 0 && brace < space ? brace : space);
            Set<String> labels = into.computeIfAbsent(name, ignored -> new TreeSet<>());
            if (brace > 0 && brace < space) {
                Matcher label = EXPOSED_LABEL.matcher(line.substring(brace, line.lastIndexOf('}')));
                while (label.find()) {
                    labels.add(label.group(1));
                }
            }
        }
    }
}
