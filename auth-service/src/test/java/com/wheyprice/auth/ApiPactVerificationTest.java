package com.wheyprice.auth;

import java.util.Map;

import com.wheyprice.common.testing.ProviderPactTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * api-service's pact with auth-service (recorded by its {@code DownstreamContractTest} in
 * {@code contracts/pacts}), replayed against auth-service's real account API: if signing in
 * stopped answering the token response or the problem api-service relays, this build fails.
 */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
@Provider("auth-service")
@PactFolder("../contracts/pacts")
class ApiPactVerificationTest extends ProviderPactTest {

    /** Registering twice answers 409 the second time, which leaves the one account as it was. */
    @State("a shopper has an account")
    void aShopperHasAnAccount(Map<String, Object> account) {
        AuthApi.register((String) account.get("email"), (String) account.get("password"));
    }
}
