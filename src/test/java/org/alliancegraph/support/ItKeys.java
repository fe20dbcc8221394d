package org.alliancegraph.support;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * For tests of the packaged application, which has no in-memory test keys: a key pair made for the run; the public key
 * (a file in target/, never committed) is the application's verification key, and {@link #token} signs with the private
 * one, kept in memory.
 */
public class ItKeys implements QuarkusTestResourceLifecycleManager {

    private static PrivateKey privateKey;
    private static String publicKey;

    @Override
    public synchronized Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            privateKey = pair.getPrivate();
            publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the key pair of the run", e);
        }
        // Inline: the launched application is also handed an in-memory test key, which only an inline key overrides.
        return Map.of("mp.jwt.verify.publickey", publicKey);
    }

    @Override
    public void stop() {
    }

    /** The public key, base64 (DER), as mp.jwt.verify.publickey takes it. */
    public static String publicKey() {
        return publicKey;
    }

    /** A token for this user with these groups, signed with the run's private key. */
    public static String token(String user, String... groups) {
        return Jwt.issuer("alliance-graph").upn(user).groups(Set.of(groups)).expiresIn(600).sign(privateKey);
    }
}
