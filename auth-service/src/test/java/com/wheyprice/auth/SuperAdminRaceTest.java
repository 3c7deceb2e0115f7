package com.wheyprice.auth;

import static com.wheyprice.auth.AdminTest.setTier;
import static com.wheyprice.auth.AdminTest.superAdminToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.wheyprice.auth.AdminTest.User;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** On its own database, because it demotes the bootstrapped super admin. */
@QuarkusTest
@QuarkusTestResource(value = SuperAdminRaceTest.OwnDatabase.class, restrictToAnnotatedClass = true)
class SuperAdminRaceTest {

    /** The usual auth-service setup, as a separate resource so this class gets a database of its own. */
    public static class OwnDatabase extends AuthTestResource {
    }

    @Test
    void twoLastSuperAdminsDemotingEachOtherAtOnceLeaveExactlyOne() throws Exception {
        User first = User.create();
        User second = User.create();
        String root = superAdminToken();
        setTier(root, first.id(), "SUPER_ADMIN").then().statusCode(200);
        setTier(root, second.id(), "SUPER_ADMIN").then().statusCode(200);
        String rootId = given().auth().oauth2(root).get("/auth/me").path("id");
        setTier(first.signInAgain().token(), rootId, "ADMIN").then().statusCode(200);
        String firstToken = first.signInAgain().token();
        String secondToken = second.signInAgain().token();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> firstDemotes = pool.submit(() -> {
            start.await();
            return setTier(firstToken, second.id(), "ADMIN").statusCode();
        });
        Future<Integer> secondDemotes = pool.submit(() -> {
            start.await();
            return setTier(secondToken, first.id(), "ADMIN").statusCode();
        });
        start.countDown();
        List<Integer> codes = List.of(firstDemotes.get(), secondDemotes.get());
        pool.shutdown();

        assertThat(codes).containsOnlyOnce(200);
        // the loser is refused; or, when the winner's demotion ended the loser's sessions first, its token no longer works
        assertThat(codes).filteredOn(code -> code != 200).allMatch(code -> code == 401 || code == 403 || code == 409);
        long stillSuperAdmins = Stream.of(first, second)
                .map(user -> given().auth().oauth2(user.signInAgain().token()).get("/auth/me").<String>path("tier"))
                .filter("SUPER_ADMIN"::equals).count();
        assertThat(stillSuperAdmins).isEqualTo(1);
    }
}
