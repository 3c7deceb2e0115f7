package com.wheyprice.common.web;

import com.wheyprice.common.testing.ServiceContractTest;
import com.wheyprice.common.testing.SqliteTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The same packaged code, on the development engine: nothing is rebuilt, only DATABASE_URL differs. */
@QuarkusTest
@QuarkusTestResource(value = SqliteTestResource.class, restrictToAnnotatedClass = true)
class CommonServiceOnSqliteTest extends ServiceContractTest {
}
