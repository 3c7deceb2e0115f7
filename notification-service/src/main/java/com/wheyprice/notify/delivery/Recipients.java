package com.wheyprice.notify.delivery;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.Contact;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notify.config.NotifyConfig;
import com.wheyprice.notify.contact.Contacts;
import com.wheyprice.notify.preference.Preferences;
import com.wheyprice.notify.preference.UnsubscribeTokens;

import io.smallrye.mutiny.Uni;

/**
 * Who a delivery reaches, decided at send time and the same way for every kind of news (price
 * alerts, discovery decisions): the person must still have an account (auth-service's current
 * address; none means erased), a verified address, and still want this kind on this channel.
 * Only then is the message written, with the person's one-click unsubscribe link for its kind.
 */
@ApplicationScoped
public class Recipients {

    /** The person a message goes to, and the link that turns this kind of message off for them (none for kinds that cannot be). */
    public record Recipient(Contact contact, String unsubscribeUrl) {
    }

    private final Contacts contacts;
    private final Preferences preferences;
    private final UnsubscribeTokens unsubscribes;
    private final NotifyConfig config;

    Recipients(Contacts contacts, Preferences preferences, UnsubscribeTokens unsubscribes, NotifyConfig config) {
        this.contacts = contacts;
        this.preferences = preferences;
        this.unsubscribes = unsubscribes;
        this.config = config;
    }

    /**
     * {@code send}'s outcome for the delivery's person, or a skip when they have no account any
     * more, have not verified their address yet (nothing but account messages goes to an address
     * nobody proved is theirs), or turned this kind off.
     */
    public Uni<Outcome> whenWanted(DeliveryJob delivery, Function<Recipient, Uni<Outcome>> send) {
        return contacts.of(delivery.userId()).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Outcome.skipped("the person has no account any more"));
            }
            Contact contact = found.get();
            if (!contact.emailVerified()) {
                return Uni.createFrom().item(Outcome.skipped("the person has not verified their address yet"));
            }
            return ifWanted(delivery, contact.tier(), url -> send.apply(new Recipient(contact, url)));
        });
    }

    /**
     * {@code send}'s outcome, given the one-click unsubscribe link of an e-mail people may turn
     * off (null otherwise), or a skip when this person, of this tier, turned the delivery's kind
     * off on its channel. For senders that learn the person some other way than {@link #whenWanted}.
     */
    public Uni<Outcome> ifWanted(DeliveryJob delivery, Tier tier, Function<String, Uni<Outcome>> send) {
        return preferences.wants(delivery.userId(), tier, delivery.channel(), delivery.kind()).chain(wanted -> !wanted
                ? Uni.createFrom().item(Outcome.skipped("the person turned these messages off"))
                : (delivery.kind().optional() && delivery.channel() == Channel.EMAIL ? unsubscribeUrl(delivery)
                        : Uni.createFrom().<String>nullItem()).chain(url -> send.apply(url)));
    }

    /** The one-click link that turns the delivery's kind off on its channel for its person. */
    private Uni<String> unsubscribeUrl(DeliveryJob delivery) {
        return unsubscribes.issue(new UnsubscribeTokens.Subject(delivery.userId(), delivery.channel(), delivery.kind()))
                .map(token -> config.publicUrl() + "/api/v1/notifications/unsubscribe?token=" + token);
    }

    /** How every message opens: the person's name when they gave one. */
    public static String greeting(String displayName) {
        return displayName == null || displayName.isBlank() ? "Hello" : "Hello " + displayName;
    }
}
