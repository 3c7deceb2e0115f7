package com.wheyprice.auth.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.wheyprice.auth.password.PasswordPolicy;

/** The bodies accounts are created and signed in with; the password policy itself is checked by {@link PasswordPolicy}. */
public final class AccountRequests {

    private AccountRequests() {
    }

    public record Register(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(min = 1, max = PasswordPolicy.MAX_LENGTH) String password,
            @NotBlank @Size(max = 80) String displayName) {
    }

    public record Login(
            @NotBlank @Size(max = 254) String email,
            @NotNull @Size(min = 1, max = PasswordPolicy.MAX_LENGTH) String password) {
    }
}
