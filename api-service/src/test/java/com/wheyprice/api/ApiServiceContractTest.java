package com.wheyprice.api;

import com.wheyprice.common.testing.PostgresTestResource;
import com.wheyprice.common.testing.ServiceContractTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ApiServiceContractTest extends ServiceContractTest {
}
