package com.wheyprice.catalog;

import java.time.Clock;

import jakarta.inject.Inject;

import org.apache.hc.core5.http.HttpRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

import com.wheyprice.catalog.admin.CatalogWriter;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * scraper-service's pact with catalog-service (recorded by its {@code CatalogContractTest} in
 * {@code contracts/pacts}), replayed against catalog-service's real internal API: a change here
 * that scraper-service would not understand fails this build. Each replayed request carries a
 * fresh client-credentials token of scraper-service instead of the one recorded.
 */
@QuarkusTest
@QuarkusTestResource(value = CatalogTestResource.class, restrictToAnnotatedClass = true)
@Provider("catalog-service")
@Consumer("scraper-service")
@PactFolder("../contracts/pacts")
class ScraperPactVerificationTest {

    TestIssuer issuer;

    @Inject
    Database database;

    @Inject
    CatalogWriter writer;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void catalogAnswersAsScraperServiceExpects(PactVerificationContext context, HttpRequest request) {
        request.setHeader("Authorization", "Bearer " + issuer.serviceToken("scraper-service"));
        context.verifyInteraction();
    }

    @State("a listing of an active retailer is due")
    void aListingOfAnActiveRetailerIsDue() {
        TestListings.create(database, writer, clock);
    }
}
