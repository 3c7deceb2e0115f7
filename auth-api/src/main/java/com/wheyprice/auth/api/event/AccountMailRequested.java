package com.wheyprice.auth.api.event;

import java.time.Instant;
import java.util.UUID;

import com.wheyprice.auth.api.AccountMailKind;

/**
 * auth-service wrote a message about an account that notification-service is to send. The event
 * names the message only: what it says, its address and its link's token are asked of auth-service
 * when it is sent ({@link com.wheyprice.auth.api.AccountMail}), so no address or secret travels
 * through Redis, and a message whose link was used or whose account was erased meanwhile is not sent.
 *
 * @param userId the account the message is about
 * @param mailId the message, for {@code POST /internal/account-mails/{mailId}/open}
 */
public record AccountMailRequested(UUID id, int version, Instant at, UUID userId, UUID mailId, AccountMailKind kind) implements AuthEvent {

    public static final String TYPE = "account-mail-requested";
    public static final int VERSION = 1;

    public static AccountMailRequested of(UUID id, Instant at, UUID userId, UUID mailId, AccountMailKind kind) {
        return new AccountMailRequested(id, VERSION, at, userId, mailId, kind);
    }

    @Override
    public int readableVersion() {
        return VERSION;
    }
}
