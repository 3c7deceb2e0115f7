package com.wheyprice.catalog;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = CatalogTestResource.OnSqlite.class, restrictToAnnotatedClass = true)
class ReadModelsOnSqliteTest extends ReadModelsContract {
}
