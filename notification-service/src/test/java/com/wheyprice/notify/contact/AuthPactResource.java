package com.wheyprice.notify.contact;

import java.util.HashMap;
import java.util.Map;

import com.wheyprice.common.testing.FreePorts;
import com.wheyprice.notify.NotifyTestResource;

/** notification-service as in its other tests, but with auth-service played by Pact's mock server on {@link #PORT}. */
public class AuthPactResource extends NotifyTestResource {

    static final int PORT = FreePorts.any();

    @Override
    protected Map<String, String> extraConfig() {
        Map<String, String> config = new HashMap<>(super.extraConfig());
        config.put("notify.auth-url", "http://127.0.0.1:" + PORT);
        return config;
    }
}
