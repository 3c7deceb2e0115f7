package com.wheyprice.auth.password;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.common.error.ProblemException;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Which passwords an account may have: at least 12 characters, or a passphrase of four or more
 * words; not one of the commonly used passwords (zxcvbn's built-in frequency list, l33t
 * spellings included), not the user's own email or name, and not "very guessable" by zxcvbn's
 * estimate (score below 2: pieces of common passwords, keyboard runs, sequences, repeats, dates).
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = AccountRequests.MAX_PASSWORD_LENGTH;
    private static final int PASSPHRASE_WORDS = 4;
    private static final int PASSPHRASE_MIN_LENGTH = 10;
    /** zxcvbn's scale: below 2 means fewer than about 10^6 guesses ("very guessable"). */
    private static final int MIN_SCORE = 2;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * Refuses a password the policy does not accept with a 400 naming {@code field}. zxcvbn's
     * estimate is CPU work that grows with the password, so it runs on a worker, never on the
     * event loop a request arrives on.
     */
    public Uni<Void> require(String field, String password, List<String> personalInputs) {
        return Uni.createFrom().item(() -> problem(password, personalInputs)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .invoke(problem -> problem.ifPresent(reason -> {
                    throw ProblemException.invalidField(field, "password " + reason);
                }))
                .replaceWithVoid();
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public Optional<String> problem(String password, List<String> personalInputs) {
        int length = password.codePointCount(0, password.length());
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        boolean passphrase = password.trim().split("\\s+").length >= PASSPHRASE_WORDS && length >= PASSPHRASE_MIN_LENGTH;
        if (length < MIN_LENGTH && !passphrase) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters, or a passphrase of " + PASSPHRASE_WORDS + " or more words");
        }
        Strength strength = zxcvbn.measure(password, personalInputs);
        for (Match match : strength.getSequence()) {
            if (match.pattern == Pattern.Dictionary && match.token.length() == password.length()) {
                return Optional.of("user_inputs".equals(match.dictionaryName)
                        ? "must not be your email or name"
                        : "is too common; choose one that is not on lists of frequently used passwords");
            }
        }
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of("is too easy to guess (common words, keyboard runs, sequences, repeats or dates)");
        }
        return Optional.empty();
    }
}
