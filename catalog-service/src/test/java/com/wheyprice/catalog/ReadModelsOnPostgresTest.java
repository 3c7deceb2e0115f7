package com.wheyprice.catalog;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = CatalogTestResource.class, restrictToAnnotatedClass = true)
class ReadModelsOnPostgresTest extends ReadModelsContract {
}
