package com.wheyprice.notify.email;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.wheyprice.notify.config.NotifyConfig;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * Writes e-mails as the platform sends them: a text and an HTML part from Qute templates,
 * {@code From} and {@code Reply-To} from the configuration, a {@code Message-ID} made from the
 * delivery's id (so a message sent again after a crash is the same message to the mail client,
 * which shows it once), and RFC 8058 one-click unsubscribe headers on every message people can
 * turn off.
 */
@ApplicationScoped
public class Mailer {

    private final ReactiveMailer mailer;
    private final NotifyConfig config;
    private final String from;

    Mailer(ReactiveMailer mailer, NotifyConfig config, @ConfigProperty(name = "quarkus.mailer.from") String from) {
        this.mailer = mailer;
        this.config = config;
        this.from = from;
    }

    /**
     * Sends one delivery's message: its text and HTML parts rendered from their templates. A
     * message people cannot turn off (about their account itself) has no {@code unsubscribeUrl}
     * and so no unsubscribe headers.
     */
    public Uni<Void> send(UUID deliveryId, String to, String subject, TemplateInstance text, TemplateInstance html, String unsubscribeUrl) {
        return text.createUni()
                .chain(plain -> html.createUni().map(rich -> Mail.withText(to, subject, plain).setHtml(rich)))
                .chain(mail -> mailer.send(headers(mail, deliveryId, unsubscribeUrl)));
    }

    private Mail headers(Mail mail, UUID deliveryId, String unsubscribeUrl) {
        mail.setFrom(from);
        config.replyTo().ifPresent(mail::setReplyTo);
        mail.addHeader("Message-ID", "<" + deliveryId + "@" + domainOf(from).orElse("wheyprice.local") + ">");
        if (unsubscribeUrl != null) {
            mail.addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mail;
    }

    /** The domain of an address such as {@code Whey Price <alerts@wheyprice.example>}. */
    static Optional<String> domainOf(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String domain = address.substring(at + 1).replace(">", "").trim();
        return domain.isEmpty() ? Optional.empty() : Optional.of(domain);
    }
}
