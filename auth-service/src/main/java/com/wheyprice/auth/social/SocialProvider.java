package com.wheyprice.auth.social;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.oidc.UserInfo;

/**
 * The social login providers and how each describes the person who signed in. Whether a
 * provider's email counts as verified follows what the provider guarantees: Google says so per
 * account ({@code email_verified}); Facebook only ever returns confirmed addresses; GitHub's
 * profile email carries no such promise, so it never links to an existing account.
 */
public enum SocialProvider {
    GOOGLE("google") {
        @Override
        Profile profile(UserInfo info) {
            return new Profile(info.getString("sub"), info.getString("email"), Boolean.TRUE.equals(info.getBoolean("email_verified")),
                    info.getString("name"));
        }
    },
    GITHUB("github") {
        @Override
        Profile profile(UserInfo info) {
            String name = info.getString("name");
            return new Profile(String.valueOf(info.getLong("id")), info.getString("email"), false,
                    name == null ? info.getString("login") : name);
        }
    },
    FACEBOOK("facebook") {
        @Override
        Profile profile(UserInfo info) {
            String email = info.getString("email");
            return new Profile(info.getString("id"), email, email != null, info.getString("name"));
        }
    };

    private final String id;

    SocialProvider(String id) {
        this.id = id;
    }

    /** The quarkus-oidc tenant id and the path segment, e.g. {@code google}. */
    public String id() {
        return id;
    }

    /** The person who signed in, in the provider's terms. */
    public record Profile(String subject, String email, boolean emailVerified, String name) {
    }

    abstract Profile profile(UserInfo info);

    public static Optional<SocialProvider> find(String id) {
        return Arrays.stream(values()).filter(provider -> provider.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }
}
