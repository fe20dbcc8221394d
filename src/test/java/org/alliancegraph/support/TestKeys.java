package org.alliancegraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The key pair that bearer tokens are signed with in tests ({@link Tokens}), for the application under test in the test
 * JVM and for the packaged one the {@code *IT} classes start alike. Made once per build in {@code target/test-keys}
 * (never committed): the application gets the public key inline, which also overrides the in-memory key Quarkus makes
 * in test mode, and {@link Tokens} reads the private key from the file, whichever class loader it runs in.
 */
@QuarkusTestResource(TestKeys.class)
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    private static final Path DIRECTORY = Path.of("target", "test-keys");
    private static final Path PRIVATE = DIRECTORY.resolve("private.der.b64");
    private static final Path PUBLIC = DIRECTORY.resolve("public.der.b64");

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey", publicKey());
    }

    @Override
    public void stop() {
    }

    /** The public key, base64 (DER), as mp.jwt.verify.publickey takes it. */
    public static synchronized String publicKey() {
        return read(PUBLIC);
    }

    static synchronized PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(read(PRIVATE))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test private key in " + PRIVATE, e);
        }
    }

    private static String read(Path file) {
        try {
            if (!Files.exists(PRIVATE) || !Files.exists(PUBLIC)) {
                generate();
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void generate() throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the test key pair", e);
        }
        Files.createDirectories(DIRECTORY);
        write(PRIVATE, pair.getPrivate().getEncoded());
        write(PUBLIC, pair.getPublic().getEncoded());
    }

    private static void write(Path file, byte[] key) throws IOException {
        Path temporary = Files.createTempFile(DIRECTORY, "key", ".tmp");
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
