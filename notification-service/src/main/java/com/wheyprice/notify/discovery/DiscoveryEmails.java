package com.wheyprice.notify.discovery;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.catalog.api.Discovery;
import com.wheyprice.catalog.api.event.DiscoveryDecided;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notify.delivery.DeliveryJob;
import com.wheyprice.notify.delivery.Outcome;
import com.wheyprice.notify.delivery.Recipients;
import com.wheyprice.notify.delivery.Sender;
import com.wheyprice.notify.email.Mailer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * A shopper who suggested a product page hears what became of it: approved (the page is now
 * tracked, and what as) or not added. Sent like every message ({@link Recipients}): only while
 * they want these e-mails and still have an account, with a one-click unsubscribe.
 */
@ApplicationScoped
public class DiscoveryEmails implements Sender {

    /** What the message says, for both its parts. */
    public record DiscoveryMessage(String greeting, String url, boolean approved, String product, String unsubscribeUrl) {

        public String subject() {
            return approved ? "Your suggestion is now tracked" + (product == null ? "" : ": " + product) : "Your product suggestion was not added";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance discoveryDecision(DiscoveryMessage message);

        static native TemplateInstance discoveryDecisionText(DiscoveryMessage message);
    }

    private final Recipients recipients;
    private final Mailer mailer;
    private final ObjectMapper json;

    DiscoveryEmails(Recipients recipients, Mailer mailer, ObjectMapper json) {
        this.recipients = recipients;
        this.mailer = mailer;
        this.json = json;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.DISCOVERY_DECISION);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Uni<Outcome> send(DeliveryJob delivery) {
        return Sender.reading(json, delivery, DiscoveryDecided.class, decided -> recipients.whenWanted(delivery, recipient -> {
                DiscoveryMessage message = new DiscoveryMessage(Recipients.greeting(recipient.contact().displayName()), decided.url(),
                        decided.decision() == Discovery.Status.APPROVED, decided.product(), recipient.unsubscribeUrl());
                return mailer.send(delivery.id(), recipient.contact().email(), message.subject(), Templates.discoveryDecisionText(message),
                        Templates.discoveryDecision(message), message.unsubscribeUrl()).replaceWith(Outcome.sent());
            }));
    }
}
