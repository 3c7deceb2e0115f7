package com.wheyprice.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.ConfigurationException;

class ServiceClientsTest {

    @Test
    void clientsAreIdEqualsHashPairsAndHashesKeepTheirEqualsSigns() {
        String hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";

        assertThat(ServiceClients.parse("scraper-service=" + hash + "; api-service=" + hash))
                .containsEntry("scraper-service", hash)
                .containsEntry("api-service", hash);
        assertThat(ServiceClients.parse("")).isEmpty();
    }

    @Test
    void plainSecretsAreRefused() {
        assertThatThrownBy(() -> ServiceClients.parse("scraper-service=hunter2")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AUTH_CLIENTS");
    }
}
