package com.wheyprice.auth.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One message about an account, as notification-service needs it at the moment it sends it
 * ({@code POST /internal/account-mails/{id}/open}). A message with a link carries a fresh token,
 * minted by this call; only its hash stays in auth-service, and a token minted earlier for the same
 * message stops working, so only the link in the message last sent opens anything.
 *
 * @param to           the address to write to (the account's, or the new or old address of an address change)
 * @param token        the link's single-use token, for kinds with a link
 * @param expiresAt    when the token stops working
 * @param signIn       the device, network address and time of the sign-in, for {@link AccountMailKind#NEW_SIGN_IN}
 * @param addressHint  the new address, partly hidden, for {@link AccountMailKind#ADDRESS_CHANGED}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "kind", "userId", "to", "tier" })
public record AccountMail(UUID id, AccountMailKind kind, UUID userId, String to, String displayName, Tier tier, String token, Instant expiresAt,
        SignIn signIn, String addressHint) {

    /** Where and when a sign-in happened. */
    public record SignIn(String device, String ip, Instant at) {
    }
}
