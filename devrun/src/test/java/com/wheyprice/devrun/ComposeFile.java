package com.wheyprice.devrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.dev.yml as a compose implementation reads it (SnakeYAML resolves its anchors
 * and merge keys), and what is wrong with it measured against the services themselves: their
 * ports and health paths, the variables README documents, the Prometheus scrape targets, and the
 * files it mounts.
 */
final class ComposeFile {

    /** The platform's services and the port each listens on by default, as the launcher assigns them. */
    static final Map<String, Integer> SERVICES = Settings.services(Settings.DEFAULT_BASE_PORT).stream()
            .collect(Collectors.toMap(Settings.Service::name, Settings.Service::port));
    /** A URL of another container ({@code http://catalog-service:8082}); localhost ones are what a browser on the host sees. */
    /** Whose X-Forwarded-For each service believes: the hop in front of it. */
    private static final Map<String, String> TRUSTED_HOPS = Map.of("auth-service", "api-service", "catalog-service", "api-service",
            "api-service", "gateway");
    private static final Pattern INTERNAL_URL = Pattern.compile("https?://(?!localhost\\b)([a-z0-9-]+):(\\d+)");
    private static final Pattern HEALTH_URL = Pattern.compile("http://localhost:(\\d+)(/\\S*)");

    private final JsonNode compose;

    ComposeFile(String yaml) {
        this.compose = new ObjectMapper().valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml));
    }

    static ComposeFile read(Path file) throws IOException {
        return new ComposeFile(Files.readString(file));
    }

    JsonNode services() {
        return compose.path("services");
    }

    /** Everything that does not fit; empty when the file is consistent. */
    List<String> problems(Path root) throws IOException {
        List<String> problems = new ArrayList<>();
        String readme = Files.readString(root.resolve("README.md"));
        Set<String> names = new LinkedHashSet<>();
        services().fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode service = services().path(name);
            if (service.path("healthcheck").path("test").isMissingNode()) {
                problems.add(name + ": no health check");
            }
            service.path("depends_on").fieldNames().forEachRemaining(dependency -> {
                if (!names.contains(dependency)) {
                    problems.add(name + ": depends on unknown service " + dependency);
                }
            });
            for (JsonNode volume : service.path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./") && !Files.exists(root.resolve(source))) {
                    problems.add(name + ": mounts " + source + ", which does not exist");
                }
            }
        }
        SERVICES.forEach((name, port) -> problems.addAll(platformServiceProblems(name, port, names, readme)));
        JsonNode redisCommand = services().path("redis").path("command");
        if (!redisCommand.toString().contains("\"--appendonly\",\"yes\"") || !redisCommand.toString().contains("\"noeviction\"")) {
            problems.add("redis: must keep an append-only file and never evict (--appendonly yes, --maxmemory-policy noeviction)");
        }
        problems.addAll(scrapeTargetProblems(root));
        problems.addAll(trustedProxyProblems());
        return problems;
    }

    /**
     * Each service believes X-Forwarded-For only from the hop in front of it, named by that
     * container's fixed address: auth-service and catalog-service from api-service, api-service
     * from the gateway. Anything else trusted could tell them any client address it liked.
     */
    private List<String> trustedProxyProblems() {
        Map<String, String> addresses = new LinkedHashMap<>();
        services().fields().forEachRemaining(service -> service.getValue().path("networks").forEach(network -> {
            if (network.hasNonNull("ipv4_address")) {
                addresses.put(network.path("ipv4_address").asText(), service.getKey());
            }
        }));
        List<String> problems = new ArrayList<>();
        TRUSTED_HOPS.forEach((name, hop) -> {
            String trusted = services().path(name).path("environment").path("HTTP_TRUSTED_PROXIES").asText("");
            List<String> hops = trusted.isBlank() ? List.of()
                    : Arrays.stream(trusted.split(",")).map(String::trim).map(address -> addresses.getOrDefault(address, address)).toList();
            if (!hops.equals(List.of(hop))) {
                problems.add(name + ": HTTP_TRUSTED_PROXIES must be " + hop + "'s fixed address alone, is " + hops);
            }
        });
        return problems;
    }

    private List<String> platformServiceProblems(String name, int port, Set<String> names, String readme) {
        List<String> problems = new ArrayList<>();
        JsonNode service = services().path(name);
        if (service.isMissingNode()) {
            return List.of(name + ": missing");
        }
        if (!service.path("image").asText().matches("\\$\\{WHEY_REGISTRY[^}]*}/whey/" + name + ":\\$\\{WHEY_TAG[^}]*}")) {
            problems.add(name + ": image must be ${WHEY_REGISTRY…}/whey/" + name + ":${WHEY_TAG…}, is " + service.path("image").asText());
        }
        JsonNode environment = service.path("environment");
        if (!Integer.toString(port).equals(environment.path("HTTP_PORT").asText())) {
            problems.add(name + ": HTTP_PORT must be " + port);
        }
        if (!service.path("ports").toString().contains("\"" + port + ":" + port + "\"")) {
            problems.add(name + ": must publish port " + port);
        }
        int management = port + Settings.MANAGEMENT_OFFSET;
        Matcher health = HEALTH_URL.matcher(service.path("healthcheck").path("test").toString());
        if (!health.find() || !health.group(1).equals(Integer.toString(management)) || !health.group(2).startsWith("/q/health/ready")) {
            problems.add(name + ": health check must ask http://localhost:" + management + "/q/health/ready (the management port)");
        }
        if (service.path("ports").toString().contains(":" + management + "\"")) {
            problems.add(name + ": must not publish its management port " + management);
        }
        service.path("depends_on").fields().forEachRemaining(dependency -> {
            if (!"service_healthy".equals(dependency.getValue().path("condition").asText())) {
                problems.add(name + ": must wait for " + dependency.getKey() + " to be healthy");
            }
        });
        environment.fields().forEachRemaining(variable -> {
            if (!readme.contains("`" + variable.getKey() + "`")) {
                problems.add(name + ": sets " + variable.getKey() + ", which README does not document");
            }
            Matcher url = INTERNAL_URL.matcher(variable.getValue().asText());
            while (url.find()) {
                Integer expected = SERVICES.get(url.group(1));
                if (!names.contains(url.group(1)) || (expected != null && expected != Integer.parseInt(url.group(2)))) {
                    problems.add(name + ": " + variable.getKey() + " points at " + url.group() + ", which no service answers");
                }
            }
        });
        return problems;
    }

    private List<String> scrapeTargetProblems(Path root) throws IOException {
        JsonNode prometheus = new YAMLMapper().readTree(root.resolve("deployments/prometheus/prometheus-dev.yml").toFile());
        Set<String> targets = new LinkedHashSet<>();
        for (JsonNode job : prometheus.path("scrape_configs")) {
            job.path("static_configs").forEach(config -> config.path("targets").forEach(target -> targets.add(target.asText())));
        }
        List<String> problems = new ArrayList<>();
        SERVICES.forEach((name, port) -> {
            int management = port + Settings.MANAGEMENT_OFFSET;
            if (!targets.contains(name + ":" + management)) {
                problems.add("prometheus-dev.yml: does not scrape " + name + ":" + management + " (the management port)");
            }
        });
        return problems;
    }
}
