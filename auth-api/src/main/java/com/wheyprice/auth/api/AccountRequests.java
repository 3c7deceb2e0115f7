package com.wheyprice.auth.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The bodies accounts are created, signed in, re-tiered, verified and recovered with; auth-service
 * checks its password policy on top.
 */
public final class AccountRequests {

    /** The longest password accepted (Argon2 hashes any length, but a bound keeps a request from costing too much). */
    public static final int MAX_PASSWORD_LENGTH = 128;

    private AccountRequests() {
    }

    public record Register(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(min = 1, max = MAX_PASSWORD_LENGTH) String password,
            @NotBlank @Size(max = 80) String displayName) {
    }

    public record Login(
            @NotBlank @Size(max = 254) String email,
            @NotNull @Size(min = 1, max = MAX_PASSWORD_LENGTH) String password) {
    }

    /** A signed-in user's new password, with the current one as proof (a stolen token alone cannot change it). */
    public record PasswordChange(
            @NotNull @Size(min = 1, max = MAX_PASSWORD_LENGTH) String currentPassword,
            @NotNull @Size(min = 1, max = MAX_PASSWORD_LENGTH) String newPassword) {
    }

    /** Who forgot their password: the address a reset link goes to, if it has an account. */
    public record PasswordReset(@NotBlank @Email @Size(max = 254) String email) {
    }

    /** The token from a reset link, and the password to set with it. */
    public record PasswordResetConfirmation(
            @NotBlank @Size(max = 100) String token,
            @NotNull @Size(min = 1, max = MAX_PASSWORD_LENGTH) String newPassword) {
    }

    /** The token from an address-verification or address-change link. */
    public record LinkConfirmation(@NotBlank @Size(max = 100) String token) {
    }

    /** A signed-in user's new address, with the current password as proof; it takes effect once confirmed from the new address. */
    public record AddressChange(
            @NotBlank @Email @Size(max = 254) String newEmail,
            @NotNull @Size(min = 1, max = MAX_PASSWORD_LENGTH) String currentPassword) {
    }

    /** An admin's change of an account's tier. */
    public record TierChange(@NotNull Tier tier) {
    }
}
