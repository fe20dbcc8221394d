package org.alliancegraph.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens for tests. In test mode no key is configured, so Quarkus makes an in-memory key pair for the run: the
 * application verifies with its public key and {@code sign()} signs with its private key. No key is committed.
 */
public final class Tokens {

    private Tokens() {
    }

    /** A token for this user with these groups (roles: reader, editor, admin), valid for ten minutes. */
    public static String token(String user, String... groups) {
        return Jwt.issuer("alliance-graph").upn(user).groups(Set.of(groups)).expiresIn(600).sign();
    }
}
