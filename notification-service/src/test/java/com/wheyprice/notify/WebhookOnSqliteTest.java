package com.wheyprice.notify;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = NotifyTestResource.OnSqlite.class, restrictToAnnotatedClass = true)
class WebhookOnSqliteTest extends WebhookContract {
}
