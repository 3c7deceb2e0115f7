package com.wheyprice.catalog;

import java.time.Clock;

import jakarta.inject.Inject;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.catalog.admin.CatalogWriter;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.testing.ProviderPactTest;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every consumer's pact with catalog-service's HTTP API (recorded in {@code contracts/pacts} by
 * scraper-service's {@code CatalogContractTest} and api-service's {@code DownstreamContractTest}),
 * replayed against catalog-service's real resources: a change here that a consumer would not
 * understand fails this build. A replayed request that carried a token carries a fresh one of
 * the consumer's kind instead: scraper-service's client-credentials token, or an admin's for
 * api-service's relays of admin calls.
 */
@QuarkusTest
@QuarkusTestResource(value = CatalogTestResource.class, restrictToAnnotatedClass = true)
@Provider("catalog-service")
@PactFolder("../contracts/pacts")
class ConsumerPactsVerificationTest extends ProviderPactTest {

    TestIssuer issuer;

    @Inject
    Database database;

    @Inject
    CatalogWriter writer;

    @Inject
    Clock clock;

    @Override
    protected String token(String consumer) {
        return consumer.equals("scraper-service") ? issuer.serviceToken(consumer) : issuer.token(Tier.ADMIN);
    }

    @State({ "a listing of an active retailer is due", "the catalog holds a product" })
    void aListingOfAnActiveRetailerIsDue() {
        TestListings.create(database, writer, clock);
    }
}
