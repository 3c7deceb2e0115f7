package com.wheyprice.auth.social;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.register;
import static com.wheyprice.auth.AuthApi.registeredId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wheyprice.auth.AuthApi;
import com.wheyprice.common.testing.LocalSocialProvider;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;

/** The whole browser round trip of a social sign-in, against a local provider, ending in the platform's own tokens. */
@QuarkusTest
@QuarkusTestResource(value = SocialLoginTestResource.class, restrictToAnnotatedClass = true)
class SocialLoginTest {

    LocalSocialProvider provider;

    /** Follows the redirects a browser would (locations are already URL-encoded): start, consent, callback; returns the final answer. */
    private Response signInWith(String providerId, LocalSocialProvider.Person person) {
        provider.consentAs(person);
        CookieFilter browser = new CookieFilter();
        String toCallback = given().filter(browser).urlEncodingEnabled(false).redirects().follow(false).when().get("/auth/social/" + providerId).then()
                .statusCode(303).extract().header("Location");
        String toProvider = given().filter(browser).urlEncodingEnabled(false).redirects().follow(false).when().get(LocalSocialProvider.pathAndQuery(toCallback))
                .then().statusCode(302).extract().header("Location");
        assertThat(toProvider).startsWith(provider.url(providerId));
        String backWithCode = given().urlEncodingEnabled(false).redirects().follow(false).when().get(toProvider).then().statusCode(302).extract().header("Location");
        Response answer = given().filter(browser).urlEncodingEnabled(false).redirects().follow(false).when().get(LocalSocialProvider.pathAndQuery(backWithCode));
        while (answer.statusCode() == 302) {
            answer = given().filter(browser).urlEncodingEnabled(false).redirects().follow(false).when().get(LocalSocialProvider.pathAndQuery(answer.header("Location")));
        }
        return answer;
    }

    private static LocalSocialProvider.Person googlePerson(String email, boolean verified) {
        return new LocalSocialProvider.Person("g-" + UUID.randomUUID(), email, verified, "Grace Hopper");
    }

    @Test
    void firstGoogleSignInCreatesAVerifiedAccountAndIssuesPlatformTokens() {
        String email = email();
        Response tokens = signInWith("google", googlePerson(email, true));

        assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
        given().auth().oauth2(AuthApi.accessToken(tokens)).when().get("/auth/me").then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("emailVerified", equalTo(true))
                .body("displayName", equalTo("Grace Hopper"))
                .body("tier", equalTo("USER"));
        AuthApi.refresh(AuthApi.refreshToken(tokens)).then().statusCode(200);
    }

    @Test
    void theSameGoogleIdentitySignsIntoTheSameAccount() {
        LocalSocialProvider.Person person = googlePerson(email(), true);
        String first = given().auth().oauth2(AuthApi.accessToken(signInWith("google", person))).get("/auth/me").path("id");
        String second = given().auth().oauth2(AuthApi.accessToken(signInWith("google", person))).get("/auth/me").path("id");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void verifiedGoogleEmailLinksToTheExistingPasswordAccount() {
        String email = email();
        String id = registeredId(email);

        Response tokens = signInWith("google", googlePerson(email, true));

        given().auth().oauth2(AuthApi.accessToken(tokens)).when().get("/auth/me/export").then()
                .statusCode(200)
                .body("account.id", equalTo(id))
                .body("identities[0].provider", equalTo("google"));
    }

    @Test
    void unverifiedEmailNeverTakesOverAnExistingAccount() {
        String email = email();
        register(email, PASSWORD).then().statusCode(202);

        Response answer = signInWith("google", googlePerson(email, false));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.<String>path("type")).isEqualTo("urn:whey:problem:conflict");
    }

    @Test
    void gitHubSignInUsesItsProfileAndCreatesAnAccount() {
        String email = email();
        Response tokens = signInWith("github", new LocalSocialProvider.Person("4242" + (System.nanoTime() % 100000), email, false, "Octo Cat"));

        assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
        given().auth().oauth2(AuthApi.accessToken(tokens)).when().get("/auth/me").then()
                .body("email", equalTo(email))
                .body("emailVerified", equalTo(false))
                .body("displayName", equalTo("Octo Cat"));
    }

    @Test
    void facebookSignInUsesItsGraphProfileAndCountsItsEmailAsConfirmed() {
        String email = email();
        Response tokens = signInWith("facebook", new LocalSocialProvider.Person("fb-" + UUID.randomUUID(), email, true, "Ada Lovelace"));

        assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
        given().auth().oauth2(AuthApi.accessToken(tokens)).when().get("/auth/me").then()
                .body("email", equalTo(email))
                .body("emailVerified", equalTo(true))
                .body("displayName", equalTo("Ada Lovelace"));
    }

    @Test
    void configuredProvidersAreListedAndUnknownOnesAreNotFound() {
        given().when().get("/auth/social/providers").then()
                .statusCode(200)
                .body("find { it.id == 'facebook' }.enabled", equalTo(true))
                .body("find { it.id == 'google' }.enabled", equalTo(true));
        given().when().get("/auth/social/myspace").then().statusCode(404).contentType("application/problem+json");
    }
}
