package com.wheyprice.notify.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.wheyprice.auth.api.AccountMail;
import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.Contact;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.testing.ConsumerPacts;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.RequestResponsePact;

/**
 * notification-service's expectations of auth-service's internal API (contact details, messages
 * about accounts), driven through its real {@link Contacts} against Pact's mock server and
 * recorded in {@code contracts/pacts}; auth-service's build replays them against its real
 * resources. If auth-service stopped answering an address, or answered an erased person with
 * anything but 404, shoppers would miss alerts or be written to after erasure; if it stopped
 * minting a reset link's token, a forgotten password would be a lost account.
 */
@QuarkusTest
@QuarkusTestResource(value = AuthPactResource.class, restrictToAnnotatedClass = true)
class AuthContactContractTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PACT = "notification-service-auth-service.json";
    private static final String BEARER = "Bearer [A-Za-z0-9._~+/=-]+";
    private static final UUID SHOPPER = UUID.fromString("3c9a7d2e-5b1f-4e8a-9c6d-0f2e4a6b8c1d");
    private static final UUID MAIL = UUID.fromString("6d1e8f3a-2c4b-4a7e-8f9d-1b3c5e7a9d2f");

    @Inject
    Contacts contacts;

    /** The pact is written afresh by every run, so a dropped expectation leaves it too. */
    @BeforeAll
    static void forgetThePreviousPact() throws IOException {
        Files.deleteIfExists(Path.of(System.getProperty("pact.rootDir", "target/pacts"), PACT));
    }

    @Test
    void theNotifierLearnsAShoppersCurrentAddressAndOpensTheirAccountMessagesAndAnErasedShopperHasNone() {
        RequestResponsePact pact = ConsumerPactBuilder.consumer("notification-service").hasPactWith("auth-service")
                .given("a shopper has an account", Map.of("email", "pact-notified@example.com"))
                .uponReceiving("a request for a shopper's contact details")
                .method("GET").pathFromProviderState("/internal/accounts/${id}/contact", "/internal/accounts/" + SHOPPER + "/contact")
                .matchHeader("Authorization", BEARER, "Bearer a-service-token")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().valueFromProviderState("id", "id", SHOPPER.toString())
                        .stringValue("email", "pact-notified@example.com").stringType("displayName", "Test User")
                        .booleanType("emailVerified", false).stringMatcher("tier", "USER|PREMIUM|ADMIN|SUPER_ADMIN", "USER"))
                .given("no account has this id")
                .uponReceiving("a request for the contact details of someone without an account")
                .method("GET").path("/internal/accounts/00000000-0000-4000-8000-000000000000/contact")
                .matchHeader("Authorization", BEARER, "Bearer a-service-token")
                .willRespondWith().status(404)
                .given("a shopper asked for a password reset", Map.of("email", "pact-reset@example.com"))
                .uponReceiving("a request to open a message about a shopper's account")
                .method("POST").pathFromProviderState("/internal/account-mails/${mailId}/open", "/internal/account-mails/" + MAIL + "/open")
                .matchHeader("Authorization", BEARER, "Bearer a-service-token")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().valueFromProviderState("id", "mailId", MAIL.toString())
                        .stringValue("kind", "PASSWORD_RESET").valueFromProviderState("userId", "id", SHOPPER.toString())
                        .stringValue("to", "pact-reset@example.com").stringType("displayName", "Test User")
                        .stringMatcher("tier", "USER|PREMIUM|ADMIN|SUPER_ADMIN", "USER")
                        .stringMatcher("token", "wlt_[A-Za-z0-9_-]{43}", "wlt_" + "A".repeat(43))
                        .stringMatcher("expiresAt", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "2026-11-30T12:30:00Z"))
                .given("no account has this id")
                .uponReceiving("a request to open a message that is not to be sent")
                .method("POST").path("/internal/account-mails/00000000-0000-4000-8000-000000000000/open")
                .matchHeader("Authorization", BEARER, "Bearer a-service-token")
                .willRespondWith().status(404)
                .toPact();

        ConsumerPacts.verify(pact, AuthPactResource.PORT, () -> {
            Optional<Contact> shopper = contacts.of(SHOPPER).await().atMost(WAIT);
            assertThat(shopper).hasValueSatisfying(contact -> {
                assertThat(contact.email()).isEqualTo("pact-notified@example.com");
                assertThat(contact.tier()).isEqualTo(Tier.USER);
            });
            assertThat(contacts.of(UUID.fromString("00000000-0000-4000-8000-000000000000")).await().atMost(WAIT)).isEmpty();
            Optional<AccountMail> reset = contacts.accountMail(MAIL).await().atMost(WAIT);
            assertThat(reset).hasValueSatisfying(mail -> {
                assertThat(mail.kind()).isEqualTo(AccountMailKind.PASSWORD_RESET);
                assertThat(mail.to()).isEqualTo("pact-reset@example.com");
                assertThat(mail.token()).startsWith("wlt_");
            });
            assertThat(contacts.accountMail(UUID.fromString("00000000-0000-4000-8000-000000000000")).await().atMost(WAIT)).isEmpty();
        });
    }
}
