package com.wheyprice.auth.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The form body of the OAuth 2.0 token endpoint ({@code POST /auth/token},
 * {@code application/x-www-form-urlencoded}): a shopper's client refreshes with
 * {@code grant_type=refresh_token}; a service signs in with {@code client_credentials}. It
 * exists for the API document, so that a generated client can send the form; the endpoint reads
 * the fields as form parameters.
 */
@Schema(name = "TokenRequest", requiredProperties = "grant_type")
public record TokenRequest(
        @JsonProperty("grant_type") @Schema(enumeration = { "refresh_token", "client_credentials" }) String grantType,
        @JsonProperty("refresh_token") @Schema(description = "for grant_type=refresh_token: the refresh token last received; "
                + "it is used up, and the answer carries its successor") String refreshToken,
        @JsonProperty("client_id") @Schema(description = "for grant_type=client_credentials") String clientId,
        @JsonProperty("client_secret") @Schema(description = "for grant_type=client_credentials") String clientSecret) {
}
