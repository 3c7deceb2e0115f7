package com.wheyprice.notify.event;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.auth.api.event.AccountMailRequested;
import com.wheyprice.auth.api.event.AuthEvent;
import com.wheyprice.auth.api.event.AuthStreams;
import com.wheyprice.auth.api.event.SubjectErased;
import com.wheyprice.common.event.EventSource;
import com.wheyprice.notification.api.DeliveryStatus;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notify.delivery.DeliveryJob;
import com.wheyprice.notify.delivery.DeliveryRepository;
import com.wheyprice.notify.privacy.NotificationErasures;

import io.smallrye.mutiny.Uni;

/**
 * auth-service's messages about accounts ({@link AuthStreams#ACCOUNT_MAIL}), one e-mail delivery
 * each: sign-in notices as {@link Kind#ACCOUNT_SECURITY} (people choose whether they want them),
 * everything else as {@link Kind#ACCOUNT} (always sent); and its erasures
 * ({@link AuthStreams#SUBJECTS}), each of which erases what this service holds about the person.
 */
@ApplicationScoped
class AuthEvents implements EventSource {

    private final DeliveryRepository deliveries;
    private final NotificationErasures erasures;
    private final ObjectMapper json;

    AuthEvents(DeliveryRepository deliveries, NotificationErasures erasures, ObjectMapper json) {
        this.deliveries = deliveries;
        this.erasures = erasures;
        this.json = json;
    }

    @Override
    public String namespace() {
        return "auth";
    }

    @Override
    public List<String> streams() {
        return List.of(AuthStreams.ACCOUNT_MAIL, AuthStreams.SUBJECTS);
    }

    @Override
    public String field() {
        return AuthStreams.FIELD;
    }

    @Override
    public Uni<String> record(String event, Instant now) {
        return EventSource.reading(json, event, AuthEvent.class, "an auth event", read -> {
            if (read instanceof SubjectErased erased) {
                return erasures.erase(erased.subject(), now).replaceWith((String) null);
            }
            AccountMailRequested mail = (AccountMailRequested) read;
            Kind kind = mail.kind() == AccountMailKind.NEW_SIGN_IN ? Kind.ACCOUNT_SECURITY : Kind.ACCOUNT;
            return deliveries.record(DeliveryJob.email(mail.id(), kind, mail.userId(), mail.mailId().toString(), event, now), DeliveryStatus.PENDING,
                    null, now).replaceWith((String) null);
        });
    }
}
