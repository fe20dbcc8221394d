package org.alliancegraph.support;

import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed with the build's test key pair ({@link TestKeys}), which the application trusts. */
public final class Tokens {

    private Tokens() {
    }

    /** A token for this user with these groups (roles: reader, editor, admin), valid for ten minutes. */
    public static String token(String user, String... groups) {
        return Jwt.issuer("alliance-graph").upn(user).groups(Set.of(groups)).expiresIn(600)
                .sign(TestKeys.privateKey());
    }

    /** A token issued at this time (possibly in the future), valid for ten minutes from then. */
    public static String issuedAt(Instant issued, String user, String... groups) {
        return Jwt.issuer("alliance-graph").upn(user).groups(Set.of(groups)).issuedAt(issued)
                .expiresAt(issued.plusSeconds(600)).sign(TestKeys.privateKey());
    }
}
