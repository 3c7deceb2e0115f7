package com.wheyprice.auth.social;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.SocialProviderStatus;
import com.wheyprice.auth.api.TokenResponse;
import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.request.ClientInfo;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.UserInfo;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Sign-in with Google, GitHub or Facebook. {@code /auth/social/{provider}} starts it (or says
 * the provider is off); the provider returns the browser to {@code …/callback}, which
 * quarkus-oidc's code flow guards; there the platform's own tokens are issued and the
 * provider's session cookie is dropped.
 */
@Path("/auth/social")
@Tag(name = "social login")
public class SocialLoginResource {

    private final AuthConfig config;
    private final SocialLoginService service;
    private final UserInfo userInfo;
    private final OidcSession oidcSession;

    SocialLoginResource(AuthConfig config, SocialLoginService service, UserInfo userInfo, OidcSession oidcSession) {
        this.config = config;
        this.service = service;
        this.userInfo = userInfo;
        this.oidcSession = oidcSession;
    }

    @GET
    @Path("/providers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Which social sign-in providers are available")
    public List<SocialProviderStatus> providers() {
        return Arrays.stream(SocialProvider.values()).map(provider -> new SocialProviderStatus(provider.id(), enabled(provider))).toList();
    }

    @GET
    @Path("/{provider}")
    @Operation(summary = "Start signing in with a provider (redirects the browser)")
    public Response start(@PathParam("provider") String id) {
        SocialProvider provider = enabledProvider(id);
        return Response.seeOther(URI.create("/auth/social/" + provider.id() + "/callback")).build();
    }

    @GET
    @Path("/{provider}/callback")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where the provider returns the browser; answers the platform's tokens")
    public Uni<Response> callback(@PathParam("provider") String id, HttpServerRequest http) {
        SocialProvider provider = enabledProvider(id);
        return service.signIn(provider, provider.profile(userInfo), ClientInfo.device(http), ClientInfo.ip(http))
                .call(tokens -> oidcSession.logout())
                .map(this::answer);
    }

    private Response answer(TokenResponse tokens) {
        if (config.socialResultUrl().isEmpty()) {
            return Response.ok(tokens).build();
        }
        String fragment = "access_token=" + encode(tokens.accessToken()) + "&refresh_token=" + encode(tokens.refreshToken())
                + "&token_type=Bearer&expires_in=" + tokens.expiresIn();
        return Response.seeOther(URI.create(config.socialResultUrl().get() + "#" + fragment)).build();
    }

    private SocialProvider enabledProvider(String id) {
        SocialProvider provider = SocialProvider.find(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no sign-in provider '" + id + "'"));
        if (!enabled(provider)) {
            String variable = "AUTH_" + provider.id().toUpperCase();
            throw new ProblemException(ProblemType.NOT_FOUND, provider.id() + " sign-in is off: set " + variable + "_CLIENT_ID and "
                    + variable + "_CLIENT_SECRET to turn it on");
        }
        return provider;
    }

    private boolean enabled(SocialProvider provider) {
        return switch (provider) {
            case GOOGLE -> config.google().configured();
            case GITHUB -> config.github().configured();
            case FACEBOOK -> config.facebook().configured();
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
