package com.wheyprice.notify.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.AccountMail;
import com.wheyprice.auth.api.event.AccountMailRequested;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notify.config.NotifyConfig;
import com.wheyprice.notify.contact.Contacts;
import com.wheyprice.notify.delivery.DeliveryJob;
import com.wheyprice.notify.delivery.Outcome;
import com.wheyprice.notify.delivery.Recipients;
import com.wheyprice.notify.delivery.Sender;
import com.wheyprice.notify.email.Mailer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The messages auth-service writes about accounts (ADR 0010): address verification, password
 * reset, changed password or address, a taken address registered again, sign-ins from a new
 * place. At send time the message is opened at auth-service, which answers its address (maybe
 * not the account's: a new address to confirm, an old one to tell) and mints its link's token;
 * a message whose account was erased or whose link was used meanwhile is skipped. Sign-in
 * notices go only to people who want them, with a one-click unsubscribe; the rest cannot be
 * turned off and carry no unsubscribe headers.
 */
@ApplicationScoped
public class AccountEmails implements Sender {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** What the message says, for both its parts. */
    public record AccountMessage(String subject, String greeting, List<String> paragraphs, String linkLabel, String linkUrl, String unsubscribeUrl) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accountMail(AccountMessage message);

        static native TemplateInstance accountMailText(AccountMessage message);
    }

    private final Contacts contacts;
    private final Recipients recipients;
    private final Mailer mailer;
    private final ObjectMapper json;
    private final NotifyConfig config;

    AccountEmails(Contacts contacts, Recipients recipients, Mailer mailer, ObjectMapper json, NotifyConfig config) {
        this.contacts = contacts;
        this.recipients = recipients;
        this.mailer = mailer;
        this.json = json;
        this.config = config;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.ACCOUNT, Kind.ACCOUNT_SECURITY);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Uni<Outcome> send(DeliveryJob delivery) {
        return Sender.reading(json, delivery, AccountMailRequested.class, requested -> contacts.accountMail(requested.mailId())
                .chain(opened -> {
                    if (opened.isEmpty()) {
                        return Uni.createFrom().item(Outcome.skipped("no longer to be sent: the account is erased, or the link was used or expired"));
                    }
                    AccountMail mail = opened.get();
                    return recipients.ifWanted(delivery, mail.tier(), url -> send(delivery, mail, url));
                }));
    }

    private Uni<Outcome> send(DeliveryJob delivery, AccountMail mail, String unsubscribeUrl) {
        AccountMessage message = message(mail, unsubscribeUrl);
        return mailer.send(delivery.id(), mail.to(), message.subject(), Templates.accountMailText(message), Templates.accountMail(message),
                unsubscribeUrl).replaceWith(Outcome.sent());
    }

    private AccountMessage message(AccountMail mail, String unsubscribeUrl) {
        String greeting = Recipients.greeting(mail.displayName());
        String until = mail.expiresAt() == null ? "" : "The link works once, until " + when(mail.expiresAt()) + ".";
        return switch (mail.kind()) {
            case VERIFY_ADDRESS -> new AccountMessage("Verify your e-mail address for Whey Price", greeting,
                    List.of("Confirm that this address is yours, so that your price alerts can reach you.", until,
                            "If you did not sign up for Whey Price, ignore this e-mail; you will not hear from us again."),
                    "Verify my address", link("/api/v1/auth/pages/verify-email", mail), unsubscribeUrl);
            case ALREADY_REGISTERED -> new AccountMessage("Someone tried to sign up with your address", greeting,
                    List.of("Someone, perhaps you, tried to create a Whey Price account with this address, which already has one.",
                            "If it was you, sign in instead; if you forgot your password, ask for a reset on the sign-in page.",
                            "If it was not you, there is nothing to do: no account was created and nothing changed."),
                    null, null, unsubscribeUrl);
            case PASSWORD_RESET -> new AccountMessage("Reset your Whey Price password", greeting,
                    List.of("Someone asked to reset the password of your Whey Price account. If it was you, choose a new one.", until,
                            "If it was not you, ignore this e-mail: your password stays as it is."),
                    "Choose a new password", link("/api/v1/auth/pages/password-reset", mail), unsubscribeUrl);
            case PASSWORD_CHANGED -> new AccountMessage("Your Whey Price password was changed", greeting,
                    List.of("The password of your account was changed, and every other device signed in to it was signed out.",
                            "If this was not you, reset your password now from the sign-in page."),
                    null, null, unsubscribeUrl);
            case CONFIRM_NEW_ADDRESS -> new AccountMessage("Confirm your new e-mail address for Whey Price", greeting,
                    List.of("You asked to use this address for your Whey Price account. Confirm it to make the change.", until,
                            "If you did not ask for this, ignore this e-mail; nothing changes."),
                    "Use this address", link("/api/v1/auth/pages/email-change", mail), unsubscribeUrl);
            case ADDRESS_CHANGED -> new AccountMessage("Your Whey Price account's e-mail address was changed", greeting,
                    List.of("Your account now uses " + mail.addressHint() + ", and this address will hear nothing more from it.",
                            "If this was not you, reply to this e-mail at once so we can help you recover the account."),
                    null, null, unsubscribeUrl);
            case NEW_SIGN_IN -> new AccountMessage("New sign-in to your Whey Price account", greeting,
                    List.of("Your account was signed in to from a device and network it had not used before:",
                            describe(mail.signIn()),
                            "If this was you, there is nothing to do. If not, change your password now: that signs out every other device."),
                    null, null, unsubscribeUrl);
        };
    }

    private String link(String path, AccountMail mail) {
        return config.publicUrl() + path + "?token=" + mail.token();
    }

    private static String describe(AccountMail.SignIn signIn) {
        if (signIn == null) {
            return "(no details)";
        }
        return (signIn.device() == null ? "an unnamed device" : signIn.device()) + ", from " + (signIn.ip() == null ? "an unknown address"
                : signIn.ip()) + ", on " + when(signIn.at()) + ".";
    }

    private static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
