package com.wheyprice.common.web;

import com.wheyprice.common.testing.PostgresTestResource;
import com.wheyprice.common.testing.ServiceContractTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true)
class CommonServiceOnPostgresTest extends ServiceContractTest {
}
