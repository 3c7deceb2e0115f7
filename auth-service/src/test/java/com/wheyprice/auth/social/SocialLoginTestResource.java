package com.wheyprice.auth.social;

import java.util.HashMap;
import java.util.Map;

import com.wheyprice.auth.AuthTestResource;
import com.wheyprice.common.testing.LocalSocialProvider;

/** auth-service with Google, GitHub and Facebook sign-in pointed at a {@link LocalSocialProvider}. */
public class SocialLoginTestResource extends AuthTestResource {

    private LocalSocialProvider provider;

    @Override
    public Map<String, String> start() {
        provider = new LocalSocialProvider().start();
        Map<String, String> config = new HashMap<>(super.start());
        config.put("auth.google.client-id", "local-google-client");
        config.put("auth.google.client-secret", "local-google-secret-0123456789abcdef0123");
        config.put("quarkus.oidc.google.auth-server-url", provider.url("google"));
        config.put("auth.github.client-id", "local-github-client");
        config.put("auth.github.client-secret", "local-github-secret-0123456789abcdef0123");
        config.put("quarkus.oidc.github.auth-server-url", provider.url("github"));
        config.put("quarkus.oidc.github.user-info-path", provider.url("github") + "/user");
        config.put("auth.facebook.client-id", "local-facebook-client");
        config.put("auth.facebook.client-secret", "local-facebook-secret-0123456789abcdef01");
        config.put("quarkus.oidc.facebook.auth-server-url", provider.url("facebook"));
        config.put("quarkus.oidc.facebook.authorization-path", provider.url("facebook") + "/dialog/oauth");
        config.put("quarkus.oidc.facebook.token-path", provider.url("facebook") + "/access_token");
        config.put("quarkus.oidc.facebook.jwks-path", provider.url("facebook") + "/jwks");
        config.put("quarkus.oidc.facebook.user-info-path", provider.url("facebook") + "/me");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(provider, new TestInjector.MatchesType(LocalSocialProvider.class));
    }

    @Override
    public void stop() {
        provider.close();
        super.stop();
    }
}
