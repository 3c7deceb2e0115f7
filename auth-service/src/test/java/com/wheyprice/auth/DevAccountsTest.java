package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A newcomer who starts the suite in development finds a super admin and a shopper ready, with
 * the passwords auth-service wrote to {@code AUTH_DEV_ACCOUNTS_FILE}; on its own database, so
 * the accounts are made at this start.
 */
@QuarkusTest
@QuarkusTestResource(value = DevAccountsTest.WithDevAccounts.class, restrictToAnnotatedClass = true)
class DevAccountsTest {

    static final Path FILE = Path.of("target", "dev-accounts-test", "dev-accounts.properties").toAbsolutePath();

    /** The usual auth-service setup, with the development accounts' file in a fresh place. */
    public static class WithDevAccounts extends AuthTestResource {

        @Override
        public Map<String, String> start() {
            try {
                Files.deleteIfExists(FILE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> config = new HashMap<>(super.start());
            config.put("auth.dev-accounts-file", FILE.toString());
            return config;
        }
    }

    /** Signs in as the account the file names under {@code key}, with the password written there, and answers the access token. */
    private static String signIn(String key) throws IOException {
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(FILE)) {
            file.load(reader);
        }
        return login(file.getProperty(key + ".email"), file.getProperty(key + ".password"), ip())
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void aNewcomerSignsInAsTheSuperAdminWithThePasswordTheFileNamesAndReachesTheAdminApi() throws IOException {
        String token = signIn("super-admin");
        given().auth().oauth2(token).when().get("/auth/me").then().statusCode(200)
                .body("email", equalTo("admin@whey.test")).body("tier", equalTo("SUPER_ADMIN")).body("emailVerified", equalTo(true));
        given().auth().oauth2(token).when().get("/auth/admin/users").then().statusCode(200);
    }

    @Test
    void theShopperAccountIsAnOrdinaryVerifiedUserWithoutAdminRights() throws IOException {
        String token = signIn("shopper");
        given().auth().oauth2(token).when().get("/auth/me").then().statusCode(200)
                .body("email", equalTo("shopper@whey.test")).body("tier", equalTo("USER")).body("emailVerified", equalTo(true));
        given().auth().oauth2(token).when().get("/auth/admin/users").then().statusCode(403);
    }
}
