package com.wheyprice.scraper.admin;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.testing.ProviderPactTest;
import com.wheyprice.common.testing.TestIssuer;
import com.wheyprice.scraper.ScraperTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * api-service's pact with scraper-service (recorded by its {@code DownstreamContractTest} in
 * {@code contracts/pacts}), replayed against scraper-service's real admin API with a fresh
 * admin's token: if an extraction preview stopped answering as api-service relays it, this
 * build fails.
 */
@QuarkusTest
@QuarkusTestResource(value = ScraperTestResource.class, restrictToAnnotatedClass = true)
@Provider("scraper-service")
@PactFolder("../contracts/pacts")
class ApiPactVerificationTest extends ProviderPactTest {

    TestIssuer issuer;

    @Override
    protected String token(String consumer) {
        return issuer.token(Tier.ADMIN);
    }
}
