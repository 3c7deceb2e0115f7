package com.wheyprice.notify;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = NotifyTestResource.class, restrictToAnnotatedClass = true)
class WebhookTest extends WebhookContract {
}
