package com.wheyprice.catalog;

import com.wheyprice.common.testing.ServiceContractTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = CatalogTestResource.class, restrictToAnnotatedClass = true)
class CatalogServiceContractTest extends ServiceContractTest {
}
