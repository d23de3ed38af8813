package nl.stagemakelaar.security;

import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified access token's identity, kept until the token expires, so a client's next requests with the same token
 * skip verifying its signature again: RS256 verification and parsing the token were a third of the backend's CPU per
 * request (JFR, docs/performance.md). Every token is verified by Quarkus OIDC the first time; an identity is kept
 * only after that succeeded, is never used from its token's expiry on, and is handed out with the current request's
 * routing context. Per instance and bounded: another instance verifies the token itself.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Live tokens kept at most: a desk has tens, a region hundreds; past this a token is verified on every request. */
    static final int MAX = 2_000;

    /** The identity without a request in it, the names under which OIDC put the routing context, and exp. */
    record Kept(SecurityIdentity identity, Set<String> contextAttributes, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong verified = new AtomicLong();
    @Inject OidcIdentityProvider oidc;
    private Clock clock = Clock.systemUTC();

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before Quarkus OIDC's provider (default priority), which it calls for a token it does not hold. */
    @Override
    public int priority() {
        return SYSTEM_FIRST * 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        Kept k = kept.get(token);
        if (k != null) {
            if (clock.instant().getEpochSecond() < k.expiresAt()) {
                return Uni.createFrom().item(forRequest(k, request));
            }
            kept.remove(token, k);
        }
        return oidc.authenticate(request, context).invoke(identity -> keep(token, identity));
    }

    /** For tests: the clock that decides whether a kept identity's token has expired. */
    void clock(Clock clock) {
        this.clock = clock;
    }

    /** How many tokens were verified by Quarkus OIDC (not answered from what is kept). */
    long verified() {
        return verified.get();
    }

    private void keep(String token, SecurityIdentity identity) {
        verified.incrementAndGet();
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        if (kept.size() >= MAX) {
            long now = clock.instant().getEpochSecond();
            kept.values().removeIf(e -> e.expiresAt() <= now);
            if (kept.size() >= MAX) {
                return;
            }
        }
        // Kept without the verifying request's routing context, which would hold that request's objects for the
        // token's lifetime. Permission checkers are not carried either: access here is by roles and data scope.
        var builder = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal()).addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials()).setAnonymous(identity.isAnonymous());
        Set<String> context = new HashSet<>();
        identity.getAttributes().forEach((name, value) -> {
            if (value instanceof RoutingContext) {
                context.add(name);
            } else {
                builder.addAttribute(name, value);
            }
        });
        kept.put(token, new Kept(builder.build(), Set.copyOf(context), jwt.getExpirationTime()));
    }

    /** The kept identity with this request's routing context where OIDC had put the verifying request's. */
    private static SecurityIdentity forRequest(Kept k, TokenAuthenticationRequest request) {
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        var builder = QuarkusSecurityIdentity.builder(k.identity());
        if (current != null) {
            k.contextAttributes().forEach(name -> builder.addAttribute(name, current));
        }
        return builder.build();
    }
}
