package com.wheyprice.notify;

import static io.restassured.RestAssured.given;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.testing.HostileInputContract;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** notification-service's settings, unsubscribe and admin endpoints against hostile input. */
@QuarkusTest
@QuarkusTestResource(value = NotifyTestResource.class, restrictToAnnotatedClass = true)
class HostileInputTest extends HostileInputContract {

    private static final String SHOPPER = UUID.randomUUID().toString();
    private static final String SETTING = "/notifications/preferences/EMAIL/PRICE_ALERT";

    TestIssuer issuer;

    @Override
    protected Stream<Hostile> hostileRequests() {
        Supplier<String> shopper = this::shopper;
        Supplier<String> admin = () -> issuer.token(Tier.ADMIN);
        return Stream.of(
                new Hostile("a setting without its value, which must not count as off", shopper, "PUT", SETTING, "{}", "enabled"),
                new Hostile("a setting whose value is no boolean", shopper, "PUT", SETTING, "{\"enabled\":\"perhaps\"}", "enabled"),
                new Hostile("a NUL in an unsubscribe token", null, "POST", "/notifications/unsubscribe?token=abc%00def", null, "token"),
                new Hostile("a forged unsubscribe token", null, "POST", "/notifications/unsubscribe?token=eyJ1c2VyIjoxfQ.c2ln", null, "token"),
                new Hostile("a delivery list limit that is no number", admin, "GET", "/notifications/admin/deliveries?limit=abc", null, "limit"),
                new Hostile("a delivery status that does not exist", admin, "GET", "/notifications/admin/deliveries?status=LOST", null, "status"),
                new Hostile("a NUL in a delivery cursor", admin, "GET", "/notifications/admin/deliveries?after=%00", null, "after"));
    }

    @Override
    protected String state() {
        return given().auth().oauth2(shopper()).get("/notifications/preferences").asString()
                + given().auth().oauth2(issuer.token(Tier.ADMIN)).get("/notifications/admin/deliveries?status=PENDING").asString();
    }

    @Override
    protected Hostile aWrite() {
        return new Hostile("a setting", this::shopper, "PUT", SETTING, null, null);
    }

    /** One shopper's token, so their settings are what state() compares. */
    private String shopper() {
        return issuer.token(Tier.USER, claims -> claims.subject(SHOPPER));
    }
}
