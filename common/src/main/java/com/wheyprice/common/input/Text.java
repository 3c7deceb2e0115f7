package com.wheyprice.common.input;

import java.util.Optional;

/**
 * What text the platform accepts from clients. Any text may hold line breaks and tabs, but never
 * a NUL or another C0 control character (PostgreSQL cannot store NUL, and the others are never
 * typed by a person), nor half of a UTF-16 surrogate pair (it cannot be encoded, so it would be
 * stored as {@code ?}). A display name, shown to other people on one line, must also be free of
 * line breaks, C1 controls and the bidirectional overrides and isolates that make text read
 * differently from how it is stored (U+202A–U+202E, U+2066–U+2069).
 */
public final class Text {

    private Text() {
    }

    /** Why {@code text} is refused anywhere, or empty when it is acceptable. */
    public static Optional<String> refusal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("contains a NUL character");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return Optional.of("contains a control character (U+" + hex(c) + ")");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains half of a surrogate pair (U+" + hex(c) + "), which is not a character");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains half of a surrogate pair (U+" + hex(c) + "), which is not a character");
            }
        }
        return Optional.empty();
    }

    /** Why {@code name} is refused as a display name, or empty when it is acceptable. */
    public static Optional<String> displayNameRefusal(String name) {
        Optional<String> refused = refusal(name);
        if (refused.isPresent() || name == null) {
            return refused;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c >= 0x80 && c <= 0x9F) {
                return Optional.of("must be one line of text without control characters (U+" + hex(c) + ")");
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return Optional.of("must not contain bidirectional overrides or isolates (U+" + hex(c) + ")");
            }
        }
        return Optional.empty();
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
