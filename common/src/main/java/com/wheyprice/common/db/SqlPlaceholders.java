package com.wheyprice.common.db;

/**
 * Rewrites PostgreSQL positional parameters ({@code $1}) into SQLite numbered parameters
 * ({@code ?1}) without touching string literals, quoted identifiers, comments or
 * dollar-quoted bodies, where a {@code $1} is text and not a parameter; and writes lists of
 * them for statements with a variable number of values.
 */
public final class SqlPlaceholders {

    private SqlPlaceholders() {
    }

    /** {@code count} placeholders from {@code $first} on, comma-separated: for an IN list or a row of VALUES. */
    public static String numbered(int first, int count) {
        StringBuilder list = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            list.append(i == first ? "$" : ", $").append(i);
        }
        return list.toString();
    }

    static String toNumbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int parameterEnd = c == '$' ? digitsEnd(sql, i + 1) : i + 1;
            if (c == '$' && parameterEnd > i + 1) {
                out.append('?').append(sql, i + 1, parameterEnd);
                i = parameterEnd;
                continue;
            }
            int end = verbatimEnd(sql, i);
            out.append(sql, i, end);
            i = end;
        }
        return out.toString();
    }

    /** The end of the token starting at {@code start} that must be copied as it is. */
    private static int verbatimEnd(String sql, int start) {
        char c = sql.charAt(start);
        char next = start + 1 < sql.length() ? sql.charAt(start + 1) : 0;
        if (c == '\'' || c == '"') {
            return quotedEnd(sql, start, c);
        }
        if (c == '-' && next == '-') {
            int newline = sql.indexOf('\n', start);
            return newline < 0 ? sql.length() : newline + 1;
        }
        if (c == '/' && next == '*') {
            int close = sql.indexOf("*/", start + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        if (c == '$') {
            return dollarQuotedEnd(sql, start);
        }
        return start + 1;
    }

    private static int digitsEnd(String sql, int from) {
        int i = from;
        while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Quotes are escaped by doubling them in both engines. */
    private static int quotedEnd(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** {@code $tag$ … $tag$} (or {@code $$ … $$}); a lone {@code $} is just a character. */
    private static int dollarQuotedEnd(String sql, int start) {
        int i = start + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        if (i >= sql.length() || sql.charAt(i) != '$') {
            return start + 1;
        }
        String tag = sql.substring(start, i + 1);
        int close = sql.indexOf(tag, i + 1);
        return close < 0 ? sql.length() : close + tag.length();
    }
}
