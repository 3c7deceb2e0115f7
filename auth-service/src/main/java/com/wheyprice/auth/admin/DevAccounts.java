package com.wheyprice.auth.admin;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.auth.account.AccountRepository;
import com.wheyprice.auth.account.AccountService;
import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.common.config.Environment;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Development only: a super admin and a shopper, so that whoever runs the suite for the first
 * time can try every feature, admin ones included. At the first start with
 * {@code AUTH_DEV_ACCOUNTS_FILE}, auth-service generates their passwords, writes both accounts
 * to that file (the dev launcher prints it at every start) and creates them, e-mail verified;
 * at later starts it creates whichever is missing from the same file. Production refuses the
 * setting: an account whose password sits in a file must never exist there.
 */
@ApplicationScoped
public class DevAccounts {

    /** The accounts made, in the file's order: key prefix, e-mail address, name, tier. */
    record Account(String key, String email, String displayName, Tier tier) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("super-admin", "admin@whey.test", "Dev super admin", Tier.SUPER_ADMIN),
            new Account("shopper", "shopper@whey.test", "Dev shopper", Tier.USER));

    private static final Logger LOG = Logger.getLogger(DevAccounts.class);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthConfig config;
    private final Environment environment;
    private final Database database;
    private final AccountRepository accounts;
    private final AccountService accountService;

    DevAccounts(AuthConfig config, Environment environment, Database database, AccountRepository accounts, AccountService accountService) {
        this.config = config;
        this.environment = environment;
        this.database = database;
        this.accounts = accounts;
        this.accountService = accountService;
    }

    /** After the first super admin's bootstrap, which an empty database may be given too. */
    void create(@Observes @Priority(21) StartupEvent event) {
        if (config.devAccountsFile().isEmpty()) {
            return;
        }
        requireDevelopment(environment);
        Properties credentials = credentials(config.devAccountsFile().get());
        for (Account account : ACCOUNTS) {
            ensure(account, credentials.getProperty(account.key() + ".password"));
        }
    }

    /** Refuses the setting outside development, so that production stops at start instead. */
    static void requireDevelopment(Environment environment) {
        if (!environment.development()) {
            throw new ConfigurationException("AUTH_DEV_ACCOUNTS_FILE is for WHEY_ENVIRONMENT=development only; unset it");
        }
    }

    /** The accounts' credentials from the file, written first with new passwords when there is none. */
    static Properties credentials(Path file) {
        Properties credentials = new Properties();
        try {
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    credentials.load(reader);
                }
                return credentials;
            }
            for (Account account : ACCOUNTS) {
                credentials.setProperty(account.key() + ".email", account.email());
                credentials.setProperty(account.key() + ".password", password());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
                credentials.store(writer, "Development accounts of this data directory, made by auth-service (AUTH_DEV_ACCOUNTS_FILE)");
            }
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the development accounts in " + file, e);
        }
    }

    private static String password() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private void ensure(Account account, String password) {
        if (accounts.findByEmail(database, account.email()).await().atMost(WAIT) != null) {
            return;
        }
        try {
            accountService.create(account.email(), password, account.displayName(), account.tier(), AuditAction.BOOTSTRAP, "dev-accounts")
                    .call(created -> accounts.markVerified(database, created.id()))
                    .await().atMost(WAIT);
            LOG.infof("created the development account %s (%s)", account.email(), account.tier());
        } catch (ProblemException e) {
            // another instance starting at once made it
            if (e.type() != ProblemType.CONFLICT) {
                throw e;
            }
        }
    }
}
