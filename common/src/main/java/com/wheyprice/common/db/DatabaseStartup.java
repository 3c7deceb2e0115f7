package com.wheyprice.common.db;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Migrates the schema before anything else starts, and stops the service at once, with one
 * clear message naming {@code DATABASE_URL}, when the database cannot be used.
 */
@ApplicationScoped
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);

    private final DatabaseConfig config;
    private final String service;
    private volatile boolean migrated;

    DatabaseStartup(DatabaseConfig config, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.config = config;
        this.service = service;
    }

    void migrate(@Observes @Priority(1) StartupEvent event, DatabaseUrl url) {
        try {
            int applied = Migrations.migrate(url, service, config.sqliteBusyTimeout());
            LOG.infof("%s schema up to date on %s (%d migrations applied)", service, url.redacted(), applied);
            migrated = true;
        } catch (RuntimeException e) {
            throw new ConfigurationException("cannot migrate the database at " + DatabaseUrl.VARIABLE + "="
                    + url.redacted() + ": " + rootMessage(e));
        }
    }

    /** Whether the schema is up to date: until then, jobs that the scheduler may start early leave the database alone. */
    public boolean migrated() {
        return migrated;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
