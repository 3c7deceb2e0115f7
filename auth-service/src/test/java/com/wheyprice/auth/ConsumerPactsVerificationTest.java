package com.wheyprice.auth;

import static io.restassured.RestAssured.given;

import java.util.Map;

import com.wheyprice.common.testing.ProviderPactTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * Every consumer's pact with auth-service (recorded in {@code contracts/pacts} by api-service's
 * {@code DownstreamContractTest} and notification-service's {@code AuthContactContractTest}),
 * replayed against auth-service's real resources: if signing in stopped answering the token
 * response or the problem api-service relays, or the contact API stopped answering an address
 * (or answered an erased person), this build fails. notification-service's requests carry a real
 * client-credentials token of its client.
 */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
@Provider("auth-service")
@PactFolder("../contracts/pacts")
class ConsumerPactsVerificationTest extends ProviderPactTest {

    @Override
    protected String token(String consumer) {
        return AuthApi.serviceToken(AuthTestResource.NOTIFIER_ID, AuthTestResource.NOTIFIER_SECRET);
    }

    /** The shopper's account (registering again answers 409 and leaves it as it was); its id, for paths that name it. */
    @State("a shopper has an account")
    Map<String, Object> aShopperHasAnAccount(Map<String, Object> account) {
        String email = (String) account.get("email");
        String password = (String) account.getOrDefault("password", AuthApi.PASSWORD);
        Response registered = AuthApi.register(email, password);
        String id = registered.statusCode() == 201 ? registered.path("id")
                : given().auth().oauth2(AuthApi.accessToken(AuthApi.login(email, password, AuthApi.ip()))).get("/auth/me").path("id");
        return Map.of("id", id);
    }

    @State("no account has this id")
    void noAccountHasThisId() {
        // ids are random UUIDs; the all-zero one is never given out
    }
}
