package com.wheyprice.auth;

import com.wheyprice.common.testing.ServiceContractTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class AuthServiceContractTest extends ServiceContractTest {
}
