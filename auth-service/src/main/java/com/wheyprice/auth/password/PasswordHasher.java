package com.wheyprice.auth.password;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.auth.crypto.Argon2Hash;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Hashes and checks passwords with Argon2id at the configured cost, off the event loop (a hash
 * takes tens of milliseconds by design). Checking an unknown account's login runs the same
 * work against a decoy hash, so the answer takes as long as for a wrong password.
 */
@ApplicationScoped
public class PasswordHasher {

    private final Argon2Hash current;
    private final String decoy;

    PasswordHasher(AuthConfig config) {
        AuthConfig.Argon2 cost = config.argon2();
        this.current = new Argon2Hash(cost.memoryKib(), cost.iterations(), cost.parallelism());
        this.decoy = current.hash("decoy password that matches nothing");
    }

    public Uni<String> hash(String password) {
        return Uni.createFrom().item(() -> current.hash(password)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Checks {@code password} against {@code phc}, or against the decoy when there is no hash. */
    public Uni<Boolean> verify(String password, String phc) {
        return Uni.createFrom().item(() -> Argon2Hash.verify(password, phc == null ? decoy : phc) && phc != null)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Whether a stored hash should be redone at the current cost. */
    public boolean needsRehash(String phc) {
        return current.isWeakerThanThis(phc);
    }
}
