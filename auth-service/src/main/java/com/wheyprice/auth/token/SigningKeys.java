package com.wheyprice.auth.token;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.auth.crypto.AuthSecrets;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The RS256 keys: the current one signs every token; the JWKS publishes it together with the
 * previous one, so a rotation breaks no token still in flight. Production passes them as PEM
 * ({@code AUTH_SIGNING_KEY}, {@code AUTH_SIGNING_KEY_PREVIOUS}); development generates one on
 * first start and keeps it. A key's id is its RFC 7638 thumbprint, so it needs no configuration.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    private final AuthConfig config;
    private final AuthSecrets secrets;
    private volatile String currentKeyId;
    private volatile PrivateKey currentKey;
    private volatile String jwks;

    SigningKeys(AuthConfig config, AuthSecrets secrets) {
        this.config = config;
        this.secrets = secrets;
    }

    void load(@Observes @Priority(10) StartupEvent event) {
        String pem = secrets.load(config.signingKey(), "AUTH_SIGNING_KEY", Pem::generatePrivateKey).await().atMost(LOAD_TIMEOUT);
        try {
            currentKey = Pem.privateKey(pem);
            List<JsonWebKey> published = new ArrayList<>();
            RsaJsonWebKey current = jwk(Pem.publicKeyOf(currentKey));
            currentKeyId = current.getKeyId();
            published.add(current);
            if (config.signingKeyPrevious().isPresent()) {
                String previous = config.signingKeyPrevious().get();
                published.add(jwk(Pem.isPrivate(previous) ? Pem.publicKeyOf(Pem.privateKey(previous)) : Pem.publicKey(previous)));
            }
            jwks = new JsonWebKeySet(published).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (GeneralSecurityException | JoseException e) {
            throw new ConfigurationException("AUTH_SIGNING_KEY / AUTH_SIGNING_KEY_PREVIOUS: " + e.getMessage());
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public PrivateKey currentKey() {
        return currentKey;
    }

    /** The JSON Web Key Set with the public halves of the current and previous keys. */
    public String jwks() {
        return jwks;
    }

    private static RsaJsonWebKey jwk(PublicKey key) throws JoseException {
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) key);
        jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        return jwk;
    }
}
