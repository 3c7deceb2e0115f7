package com.wheyprice.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.wheyprice.auth.api.AccountMail;
import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.Contact;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.api.event.AccountMailRequested;
import com.wheyprice.notify.NotifyTestResource.SmtpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Messages about a person's own account reach them through notification-service: Meera's reset
 * link arrives once, at the address auth-service names at send time, without unsubscribe headers
 * (she cannot turn these off); a link used before the mail went out is not sent; sign-in notices
 * go to admins by default and to others only if they ask. Events arrive on auth's real Redis
 * stream, mail goes over real SMTP.
 */
@QuarkusTest
@QuarkusTestResource(value = NotifyTestResource.class, restrictToAnnotatedClass = true)
class AccountEmailTest extends NotifyTestBase {

    @Test
    void meeraGetsHerResetLinkOnceWithoutUnsubscribeHeaders() throws Exception {
        Contact meera = people.person(Tier.USER, false);
        UUID mail = people.accountMail(meera, AccountMailKind.PASSWORD_RESET, meera.email(), null, null);
        AccountMailRequested event = AccountMailRequested.of(UUID.randomUUID(), clock.instant(), meera.id(), mail, AccountMailKind.PASSWORD_RESET);

        events().onAuth(event);
        events().onAuth(event);
        MimeMessage received = await().atMost(WAIT).until(() -> smtp.mailsTo(meera.email()), mails -> !mails.isEmpty()).get(0);

        assertThat(received.getSubject()).isEqualTo("Reset your Whey Price password");
        assertThat(received.getHeader("List-Unsubscribe")).isNull();
        assertThat(received.getHeader("Message-ID")[0]).matches("<[0-9a-f-]{36}@wheyprice\\.example>");
        assertThat(SmtpServer.part(received, "text/plain")).contains("Hello Asha",
                NotifyTestResource.PUBLIC_URL + "/api/v1/auth/pages/password-reset?token=wlt_minted-", "30 Nov 2026, 12:30 UTC");
        assertThat(SmtpServer.part(received, "text/html")).contains("Choose a new password");
        await().atMost(WAIT).until(() -> status(mail), "SENT"::equals);
        assertThat(smtp.mailsTo(meera.email())).as("the repeated event makes no second e-mail").hasSize(1);
    }

    @Test
    void aConfirmationGoesToTheNewAddressAndTheOldAddressHearsOfTheChange() throws Exception {
        Contact ravi = people.person(Tier.USER);
        String newAddress = "ravi.new-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        UUID confirm = people.accountMail(ravi, AccountMailKind.CONFIRM_NEW_ADDRESS, newAddress, null, null);
        UUID changed = people.accountMail(ravi, AccountMailKind.ADDRESS_CHANGED, ravi.email(), null, "r***@example.com");
        events().onAuth(AccountMailRequested.of(UUID.randomUUID(), clock.instant(), ravi.id(), confirm, AccountMailKind.CONFIRM_NEW_ADDRESS));
        events().onAuth(AccountMailRequested.of(UUID.randomUUID(), clock.instant(), ravi.id(), changed, AccountMailKind.ADDRESS_CHANGED));

        MimeMessage confirmation = await().atMost(WAIT).until(() -> smtp.mailsTo(newAddress), mails -> !mails.isEmpty()).get(0);
        assertThat(SmtpServer.part(confirmation, "text/plain")).contains("/api/v1/auth/pages/email-change?token=wlt_minted-");
        MimeMessage notice = await().atMost(WAIT).until(() -> smtp.mailsTo(ravi.email()), mails -> !mails.isEmpty()).get(0);
        assertThat(SmtpServer.part(notice, "text/plain")).contains("Your account now uses r***@example.com");
    }

    @Test
    void aMessageWhoseLinkWasUsedOrWhoseAccountWasErasedBeforeSendingIsSkipped() {
        Contact asha = people.person(Tier.USER);
        UUID mail = people.accountMail(asha, AccountMailKind.VERIFY_ADDRESS, asha.email(), null, null);
        people.used(mail);
        events().onAuth(AccountMailRequested.of(UUID.randomUUID(), clock.instant(), asha.id(), mail, AccountMailKind.VERIFY_ADDRESS));

        await().atMost(WAIT).until(() -> status(mail), "SKIPPED"::equals);
    }

    @Test
    void signInNoticesReachAdminsByDefaultAndUsersOnlyOnceTheyTurnThemOn() throws Exception {
        AccountMail.SignIn signIn = new AccountMail.SignIn("Firefox on Linux", "203.0.113.9", Instant.parse("2026-11-30T08:15:00Z"));
        Contact admin = people.person(Tier.ADMIN);
        Contact user = people.person(Tier.USER);
        UUID adminNotice = people.accountMail(admin, AccountMailKind.NEW_SIGN_IN, admin.email(), signIn, null);
        UUID userNotice = people.accountMail(user, AccountMailKind.NEW_SIGN_IN, user.email(), signIn, null);
        events().onAuth(AccountMailRequested.of(UUID.randomUUID(), clock.instant(), admin.id(), adminNotice, AccountMailKind.NEW_SIGN_IN));
        events().onAuth(AccountMailRequested.of(UUID.randomUUID(), clock.instant(), user.id(), userNotice, AccountMailKind.NEW_SIGN_IN));

        MimeMessage notice = await().atMost(WAIT).until(() -> smtp.mailsTo(admin.email()), mails -> !mails.isEmpty()).get(0);
        assertThat(SmtpServer.part(notice, "text/plain")).contains("Firefox on Linux, from 203.0.113.9, on 30 Nov 2026, 08:15 UTC");
        assertThat(notice.getHeader("List-Unsubscribe")[0]).contains("/api/v1/notifications/unsubscribe?token=");
        await().atMost(WAIT).until(() -> status(userNotice), "SKIPPED"::equals);

        String token = issuer.token(Tier.USER, claims -> claims.subject(user.id().toString()));
        given().auth().oauth2(token).when().get("/notifications/preferences").then().statusCode(200)
                .body("find { it.kind == 'ACCOUNT_SECURITY' }.enabled", equalTo(false))
                .body("find { it.kind == 'ACCOUNT' }.enabled", equalTo(true));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .when().put("/notifications/preferences/EMAIL/ACCOUNT_SECURITY").then().statusCode(200);
        UUID later = people.accountMail(user, AccountMailKind.NEW_SIGN_IN, user.email(), signIn, null);
        events().onAuth(AccountMailRequested.of(UUID.randomUUID(), clock.instant(), user.id(), later, AccountMailKind.NEW_SIGN_IN));
        await().atMost(WAIT).until(() -> smtp.mailsTo(user.email()), mails -> mails.size() == 1);
    }

    @Test
    void messagesAboutTheAccountItselfCannotBeTurnedOff() {
        Contact user = people.person(Tier.USER);
        given().auth().oauth2(issuer.token(Tier.USER, claims -> claims.subject(user.id().toString()))).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().put("/notifications/preferences/EMAIL/ACCOUNT").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
    }

    private String status(UUID mailId) {
        List<String> statuses = database.list("SELECT status FROM notification_delivery WHERE topic = $1", row -> row.getString("status"),
                mailId.toString()).await().atMost(WAIT);
        return statuses.isEmpty() ? null : statuses.get(0);
    }
}
