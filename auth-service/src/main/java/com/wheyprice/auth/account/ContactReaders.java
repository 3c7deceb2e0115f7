package com.wheyprice.auth.account;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.common.security.CallingClient;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The service clients that may learn how to reach people ({@code AUTH_CONTACT_READERS}, by
 * default notification-service): a person's address, and the messages about their account. Any
 * other service client is refused: a scraper's token must not read e-mail addresses.
 */
@ApplicationScoped
public class ContactReaders {

    private final AuthConfig config;

    ContactReaders(AuthConfig config) {
        this.config = config;
    }

    /** Fails with 403 unless the caller's token is one of those clients'. */
    public void require(SecurityIdentity identity) {
        CallingClient.require(identity, config.contactReaders(), "this service client may not read contact details");
    }
}
