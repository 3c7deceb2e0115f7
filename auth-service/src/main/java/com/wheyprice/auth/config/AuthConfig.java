package com.wheyprice.auth.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * auth-service settings, each from an environment variable ({@code auth.issuer} ←
 * {@code AUTH_ISSUER}). Secrets are only ever read from the environment; in development
 * ({@code WHEY_ENVIRONMENT=development}) missing keys are generated once and kept in the database.
 */
@ConfigMapping(prefix = "auth")
public interface AuthConfig {

    /** {@code AUTH_ISSUER}: the {@code iss} of every token and the base of the discovery document. */
    @WithDefault("http://localhost:8081")
    String issuer();

    /** {@code AUTH_AUDIENCE}: the {@code aud} of every token; services accept only this audience. */
    @WithDefault("whey")
    String audience();

    /** {@code AUTH_ACCESS_TOKEN_TTL}: lifetime of access tokens. */
    @WithDefault("5m")
    Duration accessTokenTtl();

    /** {@code AUTH_REFRESH_TOKEN_TTL}: lifetime of a refresh token (each rotation starts a new one). */
    @WithDefault("30d")
    Duration refreshTokenTtl();

    /** {@code AUTH_SIGNING_KEY}: PEM (PKCS#8) RSA private key that signs tokens. Required in production. */
    Optional<String> signingKey();

    /** {@code AUTH_SIGNING_KEY_PREVIOUS}: PEM of the key before the current one (private or public), still published in the JWKS. */
    Optional<String> signingKeyPrevious();

    /** {@code AUTH_PII_KEYS}: {@code id:base64(32 bytes)} pairs, comma-separated, that encrypt email and display name. */
    Optional<String> piiKeys();

    /** {@code AUTH_PII_ACTIVE_KEY}: which PII key encrypts new data (default: the last listed). */
    Optional<String> piiActiveKey();

    /** {@code AUTH_BLIND_INDEX_KEY}: base64 of 32 bytes, the HMAC key of the email lookup index. */
    Optional<String> blindIndexKey();

    /** {@code AUTH_CLIENTS}: service clients for client credentials, {@code id=argon2-hash} pairs separated by {@code ;}. */
    Optional<String> clients();

    /**
     * {@code AUTH_CONTACT_READERS}: the service clients that may read a person's contact details
     * (e-mail address), comma-separated; every other service client is refused.
     */
    @WithDefault("notification-service")
    List<String> contactReaders();

    /** {@code AUTH_BOOTSTRAP_SUPER_ADMIN_EMAIL}: creates the first super admin on an empty database. */
    Optional<String> bootstrapSuperAdminEmail();

    /** {@code AUTH_BOOTSTRAP_SUPER_ADMIN_PASSWORD}: that super admin's initial password. */
    Optional<String> bootstrapSuperAdminPassword();

    /**
     * {@code AUTH_DEV_ACCOUNTS_FILE}: development only (production refuses it). Where auth-service
     * keeps the generated credentials of a super admin and a shopper it creates for trying the
     * suite; the dev launcher sets it in its data directory.
     */
    Optional<Path> devAccountsFile();

    /** {@code AUTH_GOOGLE_CLIENT_ID} / {@code AUTH_GOOGLE_CLIENT_SECRET}: Google sign-in, off unless both are set. */
    SocialCredentials google();

    /** {@code AUTH_GITHUB_CLIENT_ID} / {@code AUTH_GITHUB_CLIENT_SECRET}: GitHub sign-in, off unless both are set. */
    SocialCredentials github();

    /** {@code AUTH_FACEBOOK_CLIENT_ID} / {@code AUTH_FACEBOOK_CLIENT_SECRET}: Facebook sign-in, off unless both are set. */
    SocialCredentials facebook();

    interface SocialCredentials {
        Optional<String> clientId();

        Optional<String> clientSecret();

        default boolean configured() {
            return clientId().filter(id -> !id.isBlank()).isPresent() && clientSecret().filter(secret -> !secret.isBlank()).isPresent();
        }
    }

    /**
     * {@code AUTH_SOCIAL_RESULT_URL}: where a finished social sign-in sends the browser, with the
     * tokens in the URL fragment; without it the tokens are answered as JSON.
     */
    Optional<String> socialResultUrl();

    /** Password hashing cost; raising it makes existing hashes be redone at their next login. */
    Argon2 argon2();

    interface Argon2 {
        /** {@code AUTH_ARGON2_MEMORY_KIB}: memory per hash (OWASP minimum for Argon2id: 19456 KiB). */
        @WithDefault("19456")
        int memoryKib();

        /** {@code AUTH_ARGON2_ITERATIONS}: passes over that memory. */
        @WithDefault("2")
        int iterations();

        /** {@code AUTH_ARGON2_PARALLELISM}: lanes. */
        @WithDefault("1")
        int parallelism();
    }

    /** Messages about accounts: how long their links work, and how often they may be asked for. */
    Mail mail();

    interface Mail {
        /** {@code AUTH_MAIL_VERIFICATION_TTL}: how long an address-verification link works. */
        @WithDefault("48h")
        Duration verificationTtl();

        /** {@code AUTH_MAIL_RESET_TTL}: how long a password-reset link works. */
        @WithDefault("30m")
        Duration resetTtl();

        /** {@code AUTH_MAIL_ADDRESS_CHANGE_TTL}: how long the link confirming a new address works. */
        @WithDefault("24h")
        Duration addressChangeTtl();

        /**
         * {@code AUTH_MAIL_PER_ADDRESS}: messages anyone may have sent to one address per window
         * (reset links, repeated verifications, "already registered" notices); more are not sent, and
         * the answer does not say so.
         */
        @WithDefault("3")
        int perAddress();

        /** {@code AUTH_MAIL_PER_CLIENT}: such requests from one client address per window; more are answered 429. */
        @WithDefault("20")
        int perClient();

        /** {@code AUTH_MAIL_WINDOW}: the window of both limits. */
        @WithDefault("1h")
        Duration window();
    }

    /** Login throttling. */
    Throttle throttle();

    interface Throttle {
        /** {@code AUTH_THROTTLE_ACCOUNT_FAILURES}: failed logins on one account from one address before that address is locked out of it. */
        @WithDefault("5")
        int accountFailures();

        /**
         * {@code AUTH_THROTTLE_ACCOUNT_WIDE_FAILURES}: failed logins on one account from all addresses
         * together before it is locked for everyone; above what one address can reach in a window.
         */
        @WithDefault("50")
        int accountWideFailures();

        /** {@code AUTH_THROTTLE_IP_FAILURES}: failed logins from one IP before it is locked. */
        @WithDefault("20")
        int ipFailures();

        /** {@code AUTH_THROTTLE_BASE_LOCKOUT}: first lockout; each further failure doubles it. */
        @WithDefault("1s")
        Duration baseLockout();

        /** {@code AUTH_THROTTLE_MAX_LOCKOUT}: the longest lockout. */
        @WithDefault("15m")
        Duration maxLockout();

        /** {@code AUTH_THROTTLE_WINDOW}: failures older than this are forgotten. */
        @WithDefault("1h")
        Duration window();
    }
}
