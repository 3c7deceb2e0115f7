package com.wheyprice.devrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docker-compose.dev.yml parses and agrees with the services, README and Prometheus; a broken copy is caught. */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theDevelopmentStackIsConsistentWithTheServices() throws Exception {
        ComposeFile compose = ComposeFile.read(ROOT.resolve("docker-compose.dev.yml"));

        assertThat(compose.problems(ROOT)).isEmpty();
        assertThat(compose.services().fieldNames()).toIterable()
                .contains("postgres", "redis", "jaeger", "prometheus", "grafana", "gateway", "api-service", "auth-service", "catalog-service",
                        "scraper-service");
        assertThat(compose.services().path("catalog-service").path("environment").path("DATABASE_URL").asText())
                .as("the shared environment reaches every service through the merge key").startsWith("postgresql://");
    }

    @Test
    void aMissingHealthCheckAWrongPortAnUndocumentedVariableAndATooWideTrustAreReported() throws Exception {
        String broken = Files.readString(ROOT.resolve("docker-compose.dev.yml"))
                .replace("HTTP_PORT: \"8082\"", "HTTP_PORT: \"9999\"\n      CATALOG_UNKNOWN_SETTING: \"1\"")
                .replace("      test: [\"CMD\", \"redis-cli\", \"ping\"]\n", "")
                .replace("http://catalog-service:8082", "http://catalog:8082")
                .replace("HTTP_PORT: \"8081\"\n      HTTP_TRUSTED_PROXIES: 172.28.0.10", "HTTP_PORT: \"8081\"\n      HTTP_TRUSTED_PROXIES: 172.28.0.0/24");

        assertThat(new ComposeFile(broken).problems(ROOT)).contains(
                "redis: no health check",
                "catalog-service: HTTP_PORT must be 8082",
                "catalog-service: sets CATALOG_UNKNOWN_SETTING, which README does not document",
                "scraper-service: CATALOG_URL points at http://catalog:8082, which no service answers",
                "auth-service: HTTP_TRUSTED_PROXIES must be api-service's fixed address alone, is [172.28.0.0/24]");
    }
}
