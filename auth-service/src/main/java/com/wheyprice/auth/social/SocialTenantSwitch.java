package com.wheyprice.auth.social;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.wheyprice.common.config.DerivedConfig;

import io.smallrye.config.ConfigSourceInterceptorContext;

/**
 * Turns each social login provider's quarkus-oidc tenant on only when both its client id and
 * secret are configured ({@code AUTH_GOOGLE_CLIENT_ID} and {@code AUTH_GOOGLE_CLIENT_SECRET},
 * and so on); a provider without credentials stays off.
 */
public class SocialTenantSwitch extends DerivedConfig {

    private static final Map<String, Function<ConfigSourceInterceptorContext, String>> RULES = rules(SocialProvider.values());

    private static Map<String, Function<ConfigSourceInterceptorContext, String>> rules(SocialProvider[] providers) {
        Map<String, Function<ConfigSourceInterceptorContext, String>> rules = new LinkedHashMap<>();
        for (SocialProvider provider : providers) {
            rules.put("quarkus.oidc." + provider.id() + ".tenant-enabled", context -> Boolean.toString(
                    isSet(value(context, "auth." + provider.id() + ".client-id"))
                            && isSet(value(context, "auth." + provider.id() + ".client-secret"))));
        }
        return Map.copyOf(rules);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    protected Map<String, Function<ConfigSourceInterceptorContext, String>> rules() {
        return RULES;
    }
}
