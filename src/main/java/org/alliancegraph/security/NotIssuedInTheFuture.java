package org.alliancegraph.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a token issued in the future (its {@code iat} later than now plus the clock skew
 * {@code mp.jwt.verify.clock.skew}): smallrye-jwt checks {@code exp} and a token's age, but accepts an {@code iat} a
 * year ahead, which only a wrong clock or a forger makes. Applies wherever a token is checked: the HTTP header and a
 * WebSocket's connection_init.
 */
@ApplicationScoped
public class NotIssuedInTheFuture implements SecurityIdentityAugmentor {

    private final long skewSeconds;

    NotIssuedInTheFuture(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds) {
        this.skewSeconds = skewSeconds;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getIssuedAtTime() > 0
                && token.getIssuedAtTime() > System.currentTimeMillis() / 1000 + skewSeconds) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token is issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}
