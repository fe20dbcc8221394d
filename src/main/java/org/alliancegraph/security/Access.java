package org.alliancegraph.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.ForbiddenException;
import org.alliancegraph.common.UnauthenticatedException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may write. Mutations call {@link #require} first, on the request's context, and record the name it returns as the
 * author of their changes.
 */
@ApplicationScoped
public class Access {

    private final SecurityIdentity identity;

    Access(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The caller's name (the token's {@code upn}, {@code preferred_username} or {@code sub}) when its token grants the
     * role; UNAUTHENTICATED without a token, FORBIDDEN without the role.
     */
    public String require(Role role) {
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException(
                    "this operation needs a bearer token with the " + role.claim() + " role");
        }
        if (!role.grantedBy(identity.getRoles())) {
            throw new ForbiddenException("this operation needs the " + role.claim() + " role; the token grants "
                    + (identity.getRoles().isEmpty()
                            ? "none"
                            : String.join(", ", identity.getRoles().stream().sorted()
                                    .toList())));
        }
        return identity.getPrincipal().getName();
    }
}
