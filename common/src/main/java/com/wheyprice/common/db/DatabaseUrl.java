package com.wheyprice.common.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code DATABASE_URL} understood once: which engine, how the reactive pool connects, and the
 * JDBC form Flyway needs. Accepts {@code postgresql://user:pass@host:port/db?params} (or
 * {@code postgres://}) and {@code jdbc:sqlite:path/to/file.db}.
 *
 * @param dialect   the engine
 * @param reactive  the URI the reactive PostgreSQL pool connects with; {@code null} for SQLite
 * @param jdbc      the JDBC URL, without credentials
 * @param user      the PostgreSQL user, or {@code null}
 * @param password  the PostgreSQL password, or {@code null}
 * @param sqliteFile the SQLite database file, or {@code null}
 */
public record DatabaseUrl(Dialect dialect, String reactive, String jdbc, String user, String password, Path sqliteFile) {

    public static final String VARIABLE = "DATABASE_URL";

    private static final String SQLITE_PREFIX = "jdbc:sqlite:";

    /** Parses a database URL, or fails with a message that names {@value #VARIABLE} and never shows a password. */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw invalid("(empty)", "it is empty");
        }
        String trimmed = url.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith(SQLITE_PREFIX)) {
            return sqlite(trimmed);
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return postgres(trimmed);
        }
        throw invalid(redact(trimmed), "use postgresql://user:password@host:5432/database or jdbc:sqlite:path/to/file.db");
    }

    private static DatabaseUrl sqlite(String url) {
        String rest = url.substring(SQLITE_PREFIX.length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file::memory:")) {
            throw invalid(url, "SQLite needs a file path (several services and connections share it)");
        }
        return new DatabaseUrl(Dialect.SQLITE, null, url, null, null, Path.of(file));
    }

    private static DatabaseUrl postgres(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(redact(url), "it is not a valid URI (" + e.getReason() + ")");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(redact(url), "it names no host");
        }
        String path = uri.getRawPath();
        if (path == null || path.length() < 2) {
            throw invalid(redact(url), "it names no database");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String hostPortDb = uri.getHost() + ":" + port + path;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String reactive = "postgresql://" + (userInfo == null ? "" : userInfo + "@") + hostPortDb + query;
        return new DatabaseUrl(Dialect.POSTGRESQL, reactive, "jdbc:postgresql://" + hostPortDb + query, user, password, null);
    }

    /** The URL as it may appear in logs and error messages. */
    public String redacted() {
        return dialect == Dialect.SQLITE ? jdbc : redact(reactive);
    }

    private static String redact(String url) {
        return url.replaceFirst("://([^:/@]+):[^@/]*@", "://$1:***@");
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static InvalidDatabaseUrlException invalid(String shown, String why) {
        return new InvalidDatabaseUrlException(VARIABLE + "=" + shown + " is not usable: " + why);
    }

    /** Thrown for a {@code DATABASE_URL} the suite cannot use; the message is meant for the operator. */
    public static final class InvalidDatabaseUrlException extends IllegalArgumentException {
        public InvalidDatabaseUrlException(String message) {
            super(message);
        }
    }
}
