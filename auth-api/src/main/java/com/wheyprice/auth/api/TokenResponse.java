package com.wheyprice.auth.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An OAuth 2.0 token response (RFC 6749 §5.1); service tokens have no refresh token. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "access_token", "token_type", "expires_in" })
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken) {
}
