package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static io.restassured.RestAssured.given;

import java.util.UUID;
import java.util.stream.Stream;

import com.wheyprice.common.testing.HostileInputContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** auth-service's write and search endpoints against hostile input. */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class HostileInputTest extends HostileInputContract {

    private String superAdmin;

    private String superAdmin() {
        if (superAdmin == null) {
            superAdmin = AdminTest.superAdminToken();
        }
        return superAdmin;
    }

    @Override
    protected Stream<Hostile> hostileRequests() {
        String user = UUID.randomUUID().toString();
        String fresh = "hostile-" + UUID.randomUUID() + "@whey.test";
        return Stream.of(
                new Hostile("a NUL in a new account's email", null, "POST", "/auth/register",
                        "{\"email\":\"nul\\u0000" + fresh + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Shopper\"}", "email"),
                new Hostile("a right-to-left override in a display name", null, "POST", "/auth/register",
                        "{\"email\":\"" + fresh + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Eve\\u202Egnp.exe\"}", "displayName"),
                new Hostile("half a surrogate pair in a password", null, "POST", "/auth/register",
                        "{\"email\":\"" + fresh + "\",\"password\":\"" + PASSWORD + "\\udc00\",\"displayName\":\"Shopper\"}", "password"),
                new Hostile("a NUL in a sign-in's email", null, "POST", "/auth/login",
                        "{\"email\":\"root\\u0000@whey.test\",\"password\":\"" + PASSWORD + "\"}", "email"),
                new Hostile("a NUL in a tier", this::superAdmin, "PUT", "/auth/admin/users/" + user + "/tier", "{\"tier\":\"AD\\u0000MIN\"}",
                        "tier"),
                new Hostile("a NUL in a user search", this::superAdmin, "GET", "/auth/admin/users?email=%00", null, "email"),
                new Hostile("a user list limit that is no number", this::superAdmin, "GET", "/auth/admin/users?limit=abc", null, "limit"),
                new Hostile("an audit limit that is no number", this::superAdmin, "GET", "/auth/admin/audit?limit=abc", null, "limit"));
    }

    @Override
    protected String state() {
        return given().auth().oauth2(superAdmin()).get("/auth/admin/users?limit=200").asString();
    }

    @Override
    protected Hostile aWrite() {
        return new Hostile("a sign-up", null, "POST", "/auth/register", null, null);
    }
}
