package com.wheyprice.devrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Renders each k3s overlay with {@code kubectl kustomize} and checks what every workload must
 * have: a non-root, read-only, capability-free security context and resource requests and limits
 * on every container, pinned images, the three health probes on the real paths of the management port,
 * a Service and a disruption budget per service, forwarded client addresses believed exactly where a
 * proxy stands in front, an Ingress for api-service only, autoscaling for
 * api-service and scraper-service, network policies that deny by default and allow exactly the
 * calls the design makes, no committed secret, persistent Redis, and a migration Job for every
 * service's schema.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, Set<String>> CALLERS = Map.of("api-service", Set.of(), "auth-service",
            Set.of("api-service", "catalog-service", "scraper-service", "notification-service"), "catalog-service",
            Set.of("api-service", "scraper-service"), "scraper-service", Set.of("api-service"), "notification-service", Set.of("api-service"));
    /** The services a proxy in front of them tells who the client is: api-service (Traefik), auth and catalog (api-service). */
    private static final Set<String> TOLD_WHO_THE_CLIENT_IS = Set.of("api-service", "auth-service", "catalog-service");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyWorkloadOfTheOverlayMeetsThePlatformRules(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<String> problems = new ArrayList<>();
        String readme = Files.readString(ROOT.resolve("README.md"));

        for (JsonNode workload : ofKind(objects, "Deployment", "StatefulSet", "Job")) {
            String name = workload.path("kind").asText() + "/" + workload.path("metadata").path("name").asText();
            JsonNode pod = workload.path("spec").path("template").path("spec");
            if (!pod.path("securityContext").path("runAsNonRoot").asBoolean()) {
                problems.add(name + ": pod must run as non-root");
            }
            for (JsonNode container : containers(pod)) {
                String where = name + " container " + container.path("name").asText();
                JsonNode security = container.path("securityContext");
                if (security.path("allowPrivilegeEscalation").asBoolean(true) || !security.path("readOnlyRootFilesystem").asBoolean()
                        || !security.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                    problems.add(where + ": needs allowPrivilegeEscalation false, a read-only root filesystem and capabilities dropped");
                }
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (container.path("resources").path(bound).path(resource).isMissingNode()) {
                            problems.add(where + ": no " + resource + " " + bound);
                        }
                    }
                }
                String image = container.path("image").asText();
                if (!image.matches(".+:[^:/]+") || image.endsWith(":latest")) {
                    problems.add(where + ": image " + image + " has no pinned tag");
                }
                for (JsonNode variable : container.path("env")) {
                    JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
                    if (!secret.isMissingNode() && !secret.path("name").asText().equals("whey-secrets")) {
                        problems.add(where + ": reads a secret other than whey-secrets");
                    }
                    if (workload.path("metadata").path("labels").path("app.kubernetes.io/component").asText().equals("service")
                            && !readme.contains("`" + variable.path("name").asText() + "`")) {
                        problems.add(where + ": sets " + variable.path("name").asText() + ", which README does not document");
                    }
                }
            }
        }
        for (String service : CALLERS.keySet()) {
            problems.addAll(serviceProblems(objects, service, ComposeFile.SERVICES.get(service)));
        }
        assertThat(problems).isEmpty();

        assertThat(ofKind(objects, "Secret")).as("no secret values are committed").isEmpty();
        List<JsonNode> ingresses = ofKind(objects, "Ingress");
        assertThat(ingresses).hasSize(1);
        assertThat(ingresses.get(0).findValues("service")).extracting(backend -> backend.path("name").asText()).containsOnly("api-service");
        assertThat(ofKind(objects, "HorizontalPodAutoscaler")).extracting(hpa -> hpa.path("spec").path("scaleTargetRef").path("name").asText())
                .containsExactlyInAnyOrder("api-service", "scraper-service", "notification-service");
        JsonNode redis = named(objects, "StatefulSet", "redis");
        assertThat(redis.path("spec").path("volumeClaimTemplates")).isNotEmpty();
        assertThat(redis.toString()).contains("\"--appendonly\",\"yes\"", "\"noeviction\"");
        JsonNode migrate = named(objects, "Job", "whey-migrate");
        assertThat(migrate.toString()).contains("MigrateCommand\",\"auth-service", "MigrateCommand\",\"catalog-service",
                "MigrateCommand\",\"scraper-service", "MigrateCommand\",\"api-service", "MigrateCommand\",\"notification-service");
        JsonNode denyAll = named(objects, "NetworkPolicy", "default-deny");
        assertThat(denyAll.path("spec").path("podSelector")).isEmpty();
        assertThat(denyAll.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");

        if (overlay.equals("dev")) {
            assertThat(named(objects, "StatefulSet", "postgres").path("spec").path("volumeClaimTemplates")).isNotEmpty();
        } else {
            assertThat(ofKind(objects, "StatefulSet")).extracting(set -> set.path("metadata").path("name").asText())
                    .as("production uses a managed database").containsExactly("redis");
            assertThat(named(objects, "NetworkPolicy", "catalog-service").toString()).contains("ipBlock", "5432");
        }
    }

    /** A service's Deployment has its probes on the named port, a Service, a disruption budget, and a policy admitting exactly its callers. */
    private static List<String> serviceProblems(List<JsonNode> objects, String service, int port) {
        List<String> problems = new ArrayList<>();
        JsonNode container = containers(named(objects, "Deployment", service).path("spec").path("template").path("spec")).get(0);
        boolean httpPort = StreamSupport.stream(container.path("ports").spliterator(), false)
                .anyMatch(named -> named.path("name").asText().equals("http") && named.path("containerPort").asInt() == port);
        if (!httpPort) {
            problems.add(service + ": container port http must be " + port);
        }
        int management = port + Settings.MANAGEMENT_OFFSET;
        boolean managementPort = StreamSupport.stream(container.path("ports").spliterator(), false)
                .anyMatch(named -> named.path("name").asText().equals("management") && named.path("containerPort").asInt() == management);
        if (!managementPort) {
            problems.add(service + ": container port management must be " + management);
        }
        Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready")
                .forEach((probe, path) -> {
                    JsonNode get = container.path(probe).path("httpGet");
                    if (!get.path("path").asText().equals(path) || !get.path("port").asText().equals("management")) {
                        problems.add(service + ": " + probe + " must GET " + path + " on port management");
                    }
                });
        named(objects, "NetworkPolicy", service).path("spec").path("ingress").forEach(rule -> {
            boolean fromMonitoring = rule.path("from").toString().contains("\"monitoring\"");
            JsonNode ports = rule.path("ports");
            if (fromMonitoring && (ports.size() != 1 || ports.path(0).path("port").asInt() != management)) {
                problems.add(service + ": monitoring may reach the management port " + management + " only");
            }
        });
        boolean trustsForwarding = StreamSupport.stream(container.path("env").spliterator(), false)
                .anyMatch(variable -> variable.path("name").asText().equals("HTTP_TRUSTED_PROXIES"));
        if (trustsForwarding != TOLD_WHO_THE_CLIENT_IS.contains(service)) {
            problems.add(service + (trustsForwarding ? ": must not believe X-Forwarded-For from anyone"
                    : ": must believe X-Forwarded-For from the hop in front of it (HTTP_TRUSTED_PROXIES)"));
        }
        if (!selects(named(objects, "Service", service).path("spec").path("selector"), service)) {
            problems.add(service + ": no Service selects it");
        }
        if (!selects(named(objects, "PodDisruptionBudget", service).path("spec").path("selector").path("matchLabels"), service)) {
            problems.add(service + ": no PodDisruptionBudget");
        }
        Set<String> admitted = new TreeSet<>();
        named(objects, "NetworkPolicy", service).path("spec").path("ingress").forEach(rule -> rule.path("from")
                .forEach(peer -> {
                    String pod = peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText();
                    if (!pod.isEmpty() && peer.path("namespaceSelector").isMissingNode()) {
                        admitted.add(pod);
                    }
                }));
        if (!admitted.equals(CALLERS.get(service))) {
            problems.add(service + ": admits " + admitted + " but only " + CALLERS.get(service) + " call it");
        }
        return problems;
    }

    private static boolean selects(JsonNode selector, String service) {
        return selector.path("app.kubernetes.io/name").asText().equals(service);
    }

    private static List<JsonNode> containers(JsonNode pod) {
        List<JsonNode> all = new ArrayList<>();
        pod.path("initContainers").forEach(all::add);
        pod.path("containers").forEach(all::add);
        return all;
    }

    private static List<JsonNode> ofKind(List<JsonNode> objects, String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return objects.stream().filter(object -> wanted.contains(object.path("kind").asText())).toList();
    }

    private static JsonNode named(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(object -> object.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElse(MissingNode.getInstance());
    }

    private static List<JsonNode> render(String overlay) throws IOException, InterruptedException {
        assumeTrue(Commands.onPath("kubectl"), "kubectl is not installed (CI installs it)");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", ROOT.resolve("k3s/overlays/" + overlay).toString())
                .redirectErrorStream(true).start();
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(kubectl.exitValue()).as(output).isZero();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        return StreamSupport.stream(((Iterable<JsonNode>) () -> readAll(yaml, output)).spliterator(), false).toList();
    }

    private static Iterator<JsonNode> readAll(ObjectMapper yaml, String documents) {
        try {
            return yaml.readerFor(JsonNode.class).readValues(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
