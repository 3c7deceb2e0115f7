package com.wheyprice.auth;

import java.util.HashMap;
import java.util.Map;

import com.wheyprice.auth.crypto.Argon2Hash;
import com.wheyprice.common.testing.FreePorts;
import com.wheyprice.common.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * auth-service on a fresh PostgreSQL database, in development mode (keys generated and kept in
 * the database), verifying its own tokens through its own discovery document: the HTTP port is
 * fixed before start so the issuer URL is known. Clients are told apart by X-Forwarded-For, so
 * tests never share an IP's login throttle.
 */
public class AuthTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String SUPER_ADMIN_EMAIL = "root@whey.test";
    public static final String SUPER_ADMIN_PASSWORD = "correct horse battery staple 42";
    public static final String CLIENT_ID = "scraper-service";
    public static final String CLIENT_SECRET = "s3rvice-secret-for-tests-only";
    /** The service client that may read contact details (AUTH_CONTACT_READERS' default). */
    public static final String NOTIFIER_ID = "notification-service";
    public static final String NOTIFIER_SECRET = "n0tifier-secret-for-tests-only";
    /** Low, so that guessing from many addresses is quick to show. */
    public static final int ACCOUNT_WIDE_FAILURES = 8;

    private final PostgresTestResource database = new PostgresTestResource();

    @Override
    public Map<String, String> start() {
        int port = FreePorts.any();
        String url = "http://127.0.0.1:" + port;
        Map<String, String> config = new HashMap<>(database.start());
        config.put("quarkus.http.test-port", Integer.toString(port));
        config.put("auth.issuer", url);
        config.put("quarkus.oidc.auth-server-url", url);
        config.put("whey.environment", "development");
        // the tests' own loopback connection is the trusted proxy that tells the client's address
        config.put("http.trusted-proxies", "127.0.0.1,::1");
        config.put("auth.throttle.account-wide-failures", Integer.toString(ACCOUNT_WIDE_FAILURES));
        // a lockout outlasts a test's next call however slow the machine
        config.put("auth.throttle.base-lockout", "1m");
        config.put("auth.bootstrap-super-admin-email", SUPER_ADMIN_EMAIL);
        config.put("auth.bootstrap-super-admin-password", SUPER_ADMIN_PASSWORD);
        Argon2Hash hash = new Argon2Hash(19456, 2, 1);
        config.put("auth.clients", CLIENT_ID + "=" + hash.hash(CLIENT_SECRET) + ";" + NOTIFIER_ID + "=" + hash.hash(NOTIFIER_SECRET));
        return config;
    }

    @Override
    public void stop() {
        database.stop();
    }
}
