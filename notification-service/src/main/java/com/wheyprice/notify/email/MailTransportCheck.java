package com.wheyprice.notify.email;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.wheyprice.common.config.Environment;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a production instance that would send mail in the clear: the SMTP connection
 * must use TLS, either from the first byte ({@code QUARKUS_MAILER_TLS=true}, port 465) or by
 * STARTTLS ({@code SMTP_START_TLS=REQUIRED}, the default). Only development may turn it off, for
 * the local mail server run.sh starts.
 */
@ApplicationScoped
class MailTransportCheck {

    void check(@Observes StartupEvent event, Environment environment, @ConfigProperty(name = "quarkus.mailer.start-tls") String startTls,
            @ConfigProperty(name = "quarkus.mailer.tls", defaultValue = "false") boolean tls) {
        if (!environment.development() && !tls && !"REQUIRED".equalsIgnoreCase(startTls)) {
            throw new IllegalStateException("SMTP must use TLS when WHEY_ENVIRONMENT=production: set SMTP_START_TLS=REQUIRED or QUARKUS_MAILER_TLS=true");
        }
    }
}
