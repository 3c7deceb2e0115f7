package com.wheyprice.devrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How `./run.sh dev <service>` runs the one service a developer works on, and the rest. */
class DevModeCommandTest {

    private static Suite suite(Path root, String devService) {
        Settings settings = Settings.fromEnvironment(root, Map.of());
        return new Suite(settings, new PrintStream(new ByteArrayOutputStream()), Clock.systemUTC(), devService);
    }

    @Test
    void theServiceBeingWorkedOnRunsInQuarkusDevModeFromItsSourcesAndTheOthersFromTheirJars(@TempDir Path root) {
        Suite suite = suite(root, "catalog-service");
        Settings settings = Settings.fromEnvironment(root, Map.of());

        assertThat(suite.command(new Settings.Service("catalog-service", settings.port("catalog-service"))))
                .containsExactly(root.resolve("mvnw").toString(), "-B", "quarkus:dev", "-pl", "catalog-service");
        assertThat(suite.command(new Settings.Service("auth-service", settings.port("auth-service"))))
                .contains("-jar", root.resolve("auth-service/target/quarkus-app/quarkus-run.jar").toString())
                .doesNotContain("quarkus:dev");
    }

    @Test
    void anUnknownServiceNameStopsTheStartNamingTheServicesThereAre(@TempDir Path root) {
        assertThatThrownBy(() -> suite(root, "catalogue").start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no service catalogue")
                .hasMessageContaining("catalog-service");
    }
}
