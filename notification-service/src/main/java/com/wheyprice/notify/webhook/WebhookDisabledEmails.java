package com.wheyprice.notify.webhook;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Tells a person that one of their webhooks kept failing and was turned off ({@link Kind#INTEGRATION},
 * always sent), with the last error and how to turn it back on. Without it an integration would
 * go quiet and its owner would think prices never dropped.
 */
@ApplicationScoped
public class WebhookDisabledEmails implements Sender {

    /** What the delivery carries: which webhook, why, and when it was turned off. */
    public record Notice(UUID webhookId, String url, int failures, String lastError, Instant at) {
    }

    /** What the message says, for both its parts. */
    public record Message(String greeting, String url, int failures, String lastError) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhookDisabled(Message message);

        static native TemplateInstance webhookDisabledText(Message message);
    }

    private final Recipients recipients;
    private final Mailer mailer;
    private final ObjectMapper json;

    WebhookDisabledEmails(Recipients recipients, Mailer mailer, ObjectMapper json) {
        this.recipients = recipients;
        this.mailer = mailer;
        this.json = json;
    }

    /** The e-mail delivery of a notice that the stored webhook was turned off. */
    static DeliveryJob delivery(ObjectMapper json, WebhookRepository.Stored stored, int failures, String lastError, Instant at) {
        Notice notice = new Notice(stored.webhook().id(), stored.webhook().url(), failures, lastError, at);
        try {
            return DeliveryJob.email(UUID.randomUUID(), Kind.INTEGRATION, stored.userId(), stored.webhook().id().toString(),
                    json.writeValueAsString(notice), at);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice is plain data", e);
        }
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.INTEGRATION);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Uni<Outcome> send(DeliveryJob delivery) {
        return Sender.reading(json, delivery, Notice.class, notice -> recipients.whenWanted(delivery, recipient -> {
                Message message = new Message(Recipients.greeting(recipient.contact().displayName()), notice.url(), notice.failures(),
                        notice.lastError());
                return mailer.send(delivery.id(), recipient.contact().email(), "Your webhook was turned off after failing",
                        Templates.webhookDisabledText(message), Templates.webhookDisabled(message), recipient.unsubscribeUrl())
                        .replaceWith(Outcome.sent());
            }));
    }
}
