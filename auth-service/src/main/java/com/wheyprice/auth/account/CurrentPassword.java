package com.wheyprice.auth.account;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AccountStatus;
import com.wheyprice.auth.crypto.PiiKeys;
import com.wheyprice.auth.password.PasswordHasher;
import com.wheyprice.auth.throttle.LoginThrottle;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;

/**
 * The proof a signed-in user gives before changing how the account is reached or entered (its
 * password, its address): the current password. Wrong guesses count against the sign-in
 * throttle, so a stolen access token cannot be used to guess it.
 */
@ApplicationScoped
public class CurrentPassword {

    private final Database database;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final PiiKeys keys;

    CurrentPassword(Database database, AccountRepository accounts, PasswordHasher hasher, LoginThrottle throttle, PiiKeys keys) {
        this.database = database;
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.keys = keys;
    }

    /** The account, once {@code password} (the body field {@code currentPassword}) proved to be its password; 400 naming the field if not. */
    public Uni<AccountRepository.Credentials> prove(UUID userId, String password, String ip) {
        return accounts.findById(database, userId).chain(found -> {
            if (found == null || found.account().status() != AccountStatus.ACTIVE) {
                throw new ProblemException(ProblemType.NOT_FOUND, "this account no longer exists");
            }
            String accountIndex = keys.blindIndex().of(found.account().email());
            return throttle.checkAllowed(ip, accountIndex)
                    .chain(() -> hasher.verify(password, found.passwordHash()))
                    .chain(matches -> matches ? Uni.createFrom().item(found)
                            : throttle.recordFailure(ip, accountIndex).map(ignored -> {
                                throw ProblemException.invalidField("currentPassword", "is not this account's password");
                            }));
        });
    }
}
