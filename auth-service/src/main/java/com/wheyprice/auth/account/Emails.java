package com.wheyprice.auth.account;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * One spelling per address: trimmed, Unicode-normalised (NFC) and lower-cased, so
 * {@code " Ana@Example.COM"} and {@code "ana@example.com"} are the same account.
 */
public final class Emails {

    private Emails() {
    }

    public static String normalise(String email) {
        return Normalizer.normalize(email.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The part before the {@code @}, which a password must not be. */
    public static String localPart(String normalisedEmail) {
        int at = normalisedEmail.indexOf('@');
        return at < 0 ? normalisedEmail : normalisedEmail.substring(0, at);
    }

    /** What a password must not be made of: the account's email, its local part and the person's name. */
    public static List<String> personalInputs(String normalisedEmail, String displayName) {
        return List.of(normalisedEmail, localPart(normalisedEmail), displayName);
    }
}
