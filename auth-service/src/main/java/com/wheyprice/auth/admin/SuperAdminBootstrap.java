package com.wheyprice.auth.admin;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.auth.account.AccountRepository;
import com.wheyprice.auth.account.AccountService;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes the first super admin from {@code AUTH_BOOTSTRAP_SUPER_ADMIN_EMAIL} and
 * {@code …_PASSWORD}, once, on an empty database. Replicas starting together create it once:
 * the unique email decides, and the loser moves on.
 */
@ApplicationScoped
public class SuperAdminBootstrap {

    private static final Logger LOG = Logger.getLogger(SuperAdminBootstrap.class);

    private final AuthConfig config;
    private final Database database;
    private final AccountRepository accounts;
    private final AccountService accountService;

    SuperAdminBootstrap(AuthConfig config, Database database, AccountRepository accounts, AccountService accountService) {
        this.config = config;
        this.database = database;
        this.accounts = accounts;
        this.accountService = accountService;
    }

    void bootstrap(@Observes @Priority(20) StartupEvent event) {
        if (config.bootstrapSuperAdminEmail().isEmpty() || config.bootstrapSuperAdminPassword().isEmpty()) {
            return;
        }
        if (accounts.count(database).await().atMost(Duration.ofSeconds(30)) > 0) {
            return;
        }
        try {
            accountService.create(config.bootstrapSuperAdminEmail().get(), config.bootstrapSuperAdminPassword().get(), "Super admin",
                    Tier.SUPER_ADMIN, AuditAction.BOOTSTRAP, "bootstrap").await().atMost(Duration.ofSeconds(30));
            LOG.infof("created the first super admin from AUTH_BOOTSTRAP_SUPER_ADMIN_EMAIL");
        } catch (ProblemException e) {
            if (e.type() != ProblemType.CONFLICT) {
                throw new IllegalStateException("AUTH_BOOTSTRAP_SUPER_ADMIN_PASSWORD: " + e.getMessage()
                        + (e.errors() == null ? "" : " " + e.errors()), e);
            }
        }
    }
}
