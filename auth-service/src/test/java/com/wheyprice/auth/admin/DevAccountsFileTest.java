package com.wheyprice.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.wheyprice.common.config.Environment;

import io.quarkus.runtime.configuration.ConfigurationException;

/** Where the development accounts' passwords come from, and where they never do. */
class DevAccountsFileTest {

    private static Environment environment(String name) {
        return () -> name;
    }

    @Test
    void productionStopsAtStartWhenGivenADevelopmentAccountsFile() {
        assertThatThrownBy(() -> DevAccounts.requireDevelopment(environment("production")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("AUTH_DEV_ACCOUNTS_FILE");
        DevAccounts.requireDevelopment(environment("development"));
    }

    @Test
    void theFirstStartWritesNewPasswordsAndEveryLaterStartReadsTheSameOnes(@TempDir Path data) throws Exception {
        Path file = data.resolve("nested/dev-accounts.properties");

        Properties first = DevAccounts.credentials(file);
        Properties later = DevAccounts.credentials(file);

        assertThat(Files.readString(file)).contains("admin@whey.test", "shopper@whey.test");
        assertThat(first.getProperty("super-admin.password")).hasSize(20).isNotEqualTo(first.getProperty("shopper.password"));
        assertThat(later).isEqualTo(first);
        assertThat(DevAccounts.credentials(data.resolve("elsewhere.properties")).getProperty("shopper.password"))
                .as("each data directory gets passwords of its own").isNotEqualTo(first.getProperty("shopper.password"));
    }
}
