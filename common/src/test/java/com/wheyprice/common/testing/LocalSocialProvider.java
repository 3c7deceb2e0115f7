package com.wheyprice.common.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.smallrye.jwt.build.Jwt;

/**
 * Google, GitHub and Facebook as far as sign-in goes, on loopback: Google is OpenID Connect
 * (discovery, authorization code, RS256 ID token bound to the client's nonce, userinfo); GitHub is
 * OAuth 2 with a {@code /user} profile; Facebook has no discovery, signs ID tokens against a JWKS
 * and answers the profile from Graph API's {@code /me}. The authorization endpoint consents at once, as the person the
 * test chose, and sends the browser back with a one-time code. Like the real providers, once a
 * test registers the client's redirect URIs, any other {@code redirect_uri} is refused with
 * {@code redirect_uri_mismatch} before the browser is sent anywhere.
 */
public final class LocalSocialProvider implements AutoCloseable {

    /** Who signs in at the provider next. */
    public record Person(String subject, String email, boolean emailVerified, String name) {
    }

    private record Grant(Person person, String clientId, String nonce, String redirectUri) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final KeyPair key = rsa();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Person> accessTokens = new ConcurrentHashMap<>();
    private final Set<String> registeredRedirects = ConcurrentHashMap.newKeySet();
    private volatile Person next;
    private HttpServer server;

    public LocalSocialProvider start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/google/.well-known/openid-configuration", exchange -> reply(exchange, 200, Map.of(
                "issuer", url("google"),
                "authorization_endpoint", url("google") + "/authorize",
                "token_endpoint", url("google") + "/token",
                "userinfo_endpoint", url("google") + "/userinfo",
                "jwks_uri", url("google") + "/jwks",
                "response_types_supported", new String[] { "code" },
                "subject_types_supported", new String[] { "public" },
                "id_token_signing_alg_values_supported", new String[] { "RS256" })));
        server.createContext("/google/authorize", this::authorize);
        server.createContext("/facebook/dialog/oauth", this::authorize);
        server.createContext("/facebook/access_token", exchange -> token(exchange, "facebook"));
        server.createContext("/facebook/jwks", this::jwks);
        server.createContext("/facebook/me", exchange -> profile(exchange, person -> Map.of("id", person.subject(), "name", person.name(),
                "email", person.email())));
        server.createContext("/github/authorize", this::authorize);
        server.createContext("/google/token", exchange -> token(exchange, "google"));
        server.createContext("/github/access_token", exchange -> token(exchange, null));
        server.createContext("/google/jwks", this::jwks);
        server.createContext("/google/userinfo", exchange -> profile(exchange, person -> Map.of("sub", person.subject(),
                "email", person.email(), "email_verified", person.emailVerified(), "name", person.name())));
        server.createContext("/github/user", exchange -> profile(exchange, person -> {
            Map<String, Object> user = new HashMap<>();
            user.put("id", Long.parseLong(person.subject()));
            user.put("login", person.name().toLowerCase().replace(' ', '-'));
            user.put("name", person.name());
            user.put("email", person.email());
            return user;
        }));
        server.start();
        return this;
    }

    /** The base URL of one provider, e.g. {@code url("google")}. */
    public String url(String provider) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + provider;
    }

    public void consentAs(Person person) {
        this.next = person;
    }

    /** Registers a redirect URI of the client, as in the provider's console; from then on only registered ones are accepted. */
    public void registerRedirectUri(String uri) {
        registeredRedirects.add(uri);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!registeredRedirects.isEmpty() && !registeredRedirects.contains(query.get("redirect_uri"))) {
            reply(exchange, 400, Map.of("error", "redirect_uri_mismatch", "error_description", "not registered: " + query.get("redirect_uri")));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(next, query.get("client_id"), query.get("nonce"), query.get("redirect_uri")));
        String location = query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?") + "code=" + code
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) key.getPublic());
        jwk.setKeyId("local");
        jwk.setAlgorithm("RS256");
        send(exchange, 200, new JsonWebKeySet(jwk).toJson());
    }

    /** Answers the code exchange; providers that speak OpenID Connect ({@code idTokenIssuer} not null) add an ID token. */
    private void token(HttpExchange exchange, String idTokenIssuer) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (grant == null || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            reply(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, grant.person());
        Map<String, Object> body = new HashMap<>(Map.of("access_token", accessToken, "token_type", "Bearer", "expires_in", 300,
                "scope", "openid email profile"));
        if (idTokenIssuer != null) {
            Instant now = Instant.now();
            var claims = Jwt.issuer(url(idTokenIssuer)).audience(grant.clientId()).subject(grant.person().subject())
                    .issuedAt(now).expiresAt(now.plusSeconds(300))
                    .claim("email", grant.person().email()).claim("email_verified", grant.person().emailVerified())
                    .claim("name", grant.person().name());
            if (grant.nonce() != null) {
                claims.claim("nonce", grant.nonce());
            }
            body.put("id_token", claims.jws().keyId("local").sign(key.getPrivate()));
        }
        reply(exchange, 200, body);
    }

    private void profile(HttpExchange exchange, java.util.function.Function<Person, Map<String, Object>> view) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Person person = authorization == null ? null : accessTokens.get(authorization.replaceFirst("(?i)^bearer ", ""));
        if (person == null) {
            reply(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        reply(exchange, 200, view.apply(person));
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, json.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isBlank()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path part of a URL a provider redirected to, for following it against the service under test. */
    public static String pathAndQuery(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
