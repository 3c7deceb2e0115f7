package com.wheyprice.notify;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.wheyprice.common.testing.FreePorts;
import com.wheyprice.common.testing.SqliteTestResource;
import com.wheyprice.common.testing.TestIssuerResource;
import com.wheyprice.common.testing.TestRedis;
import com.wheyprice.common.testing.WebhookReceiver;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * notification-service with its own Redis key prefix, a real SMTP server (GreenMail) it sends to
 * and tests read from, auth-service's contact API played by {@link TestAuthContacts}, client
 * tokens from the test issuer, quick delivery ticks and retries, and a shopper's HTTPS webhook receiver
 * ({@link WebhookReceiver}) as the one local webhook target allowed.
 */
public class NotifyTestResource extends TestIssuerResource {

    static final String FROM = "Whey Price <alerts@wheyprice.example>";
    static final String REPLY_TO = "help@wheyprice.example";
    static final String PUBLIC_URL = "https://wheyprice.example";

    private final SmtpServer smtp = new SmtpServer(FreePorts.any());
    private final TestAuthContacts contacts = new TestAuthContacts();
    private final WebhookReceiver receiver = new WebhookReceiver(Clock.systemUTC());
    private final String prefix = TestRedis.freshKeyPrefix();

    @Override
    protected Map<String, String> extraConfig() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Map.ofEntries(Map.entry("redis.key-prefix", prefix),
                Map.entry("whey.environment", "development"),
                Map.entry("notify.unsubscribe-key", Base64.getEncoder().encodeToString(key)),
                Map.entry("notify.public-url", PUBLIC_URL),
                Map.entry("notify.auth-url", contacts.url()),
                Map.entry("notify.reply-to", REPLY_TO),
                Map.entry("notify.consumer", "test-" + UUID.randomUUID()),
                Map.entry("notify.delivery.tick", "200ms"),
                Map.entry("notify.delivery.first-retry", "1s"),
                Map.entry("notify.delivery.max-attempts", "3"),
                Map.entry("quarkus.oidc-client.auth-server-url", issuerUrl()),
                Map.entry("quarkus.mailer.host", "127.0.0.1"),
                Map.entry("quarkus.mailer.port", Integer.toString(smtp.port())),
                // the test mail server speaks plain SMTP, as run.sh's does; only development may
                Map.entry("quarkus.mailer.start-tls", "DISABLED"),
                Map.entry("quarkus.mailer.from", FROM),
                // a shopper's webhook receiver on this machine: the one local origin allowed, its certificate trusted
                Map.entry("notify.webhook.local-origin", receiver.origin()),
                Map.entry("notify.webhook.trust-pem", receiver.certificatePath()),
                Map.entry("notify.webhook.max-failures", "3"));
    }

    @Override
    public void inject(QuarkusTestResourceLifecycleManager.TestInjector injector) {
        super.inject(injector);
        injector.injectIntoFields(smtp, new QuarkusTestResourceLifecycleManager.TestInjector.MatchesType(SmtpServer.class));
        injector.injectIntoFields(contacts, new QuarkusTestResourceLifecycleManager.TestInjector.MatchesType(TestAuthContacts.class));
        injector.injectIntoFields(receiver, new QuarkusTestResourceLifecycleManager.TestInjector.MatchesType(WebhookReceiver.class));
        injector.injectIntoFields(new KeyPrefix(prefix), new QuarkusTestResourceLifecycleManager.TestInjector.MatchesType(KeyPrefix.class));
    }

    @Override
    public void stop() {
        smtp.stop();
        contacts.close();
        receiver.close();
        super.stop();
    }

    /** The same on the development engine, SQLite. */
    public static class OnSqlite extends NotifyTestResource {
        @Override
        protected QuarkusTestResourceLifecycleManager database() {
            return new SqliteTestResource();
        }
    }

    /** The Redis key prefix of the run, for tests that write catalog's stream as catalog would. */
    public record KeyPrefix(String value) {
    }

    /** A real SMTP server on a fixed port, which a test can stop and start again to play an outage. */
    public static final class SmtpServer {

        private final int port;
        private GreenMail mail;

        SmtpServer(int port) {
            this.port = port;
            start();
        }

        public int port() {
            return port;
        }

        public GreenMail mail() {
            return mail;
        }

        public void start() {
            mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }

        public void stop() {
            mail.stop();
        }

        /** The message's subject. */
        public static String subject(MimeMessage mail) {
            try {
                return mail.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The messages received for this address, oldest first. */
        public List<MimeMessage> mailsTo(String address) throws MessagingException {
            List<MimeMessage> mails = new ArrayList<>();
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().equals(address))) {
                    mails.add(message);
                }
            }
            return mails;
        }

        /** The message's part of this MIME type (text/plain, text/html), however deep it is nested. */
        public static String part(MimeMessage mail, String type) throws MessagingException, IOException {
            return part((MimeMultipart) mail.getContent(), type).orElseThrow(() -> new AssertionError("no " + type + " part"));
        }

        private static Optional<String> part(MimeMultipart multipart, String type) throws MessagingException, IOException {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return Optional.of(part.getContent().toString());
                }
                if (part.getContent() instanceof MimeMultipart nested) {
                    Optional<String> found = part(nested, type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }
    }
}
