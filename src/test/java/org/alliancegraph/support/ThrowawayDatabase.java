package org.alliancegraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Creates a database of its own for the test run on the PostgreSQL server the application is configured for
 * ({@code ALLIANCE_DB_HOST}, {@code ALLIANCE_DB_PORT}, {@code ALLIANCE_DB_USER}, {@code ALLIANCE_DB_PASSWORD}; by
 * default 127.0.0.1:5432 as postgres) and drops it when the run ends. Tests never touch the dev database.
 */
@QuarkusTestResource(ThrowawayDatabase.class)
public class ThrowawayDatabase implements QuarkusTestResourceLifecycleManager {

    private final String name = "alliance_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    public Map<String, String> start() {
        execute("create database " + name);
        // The packaged application (the *IT classes) runs in its prod profile, which loads no seeds by default.
        return Map.of("alliance.db.name", name, "alliance.seed.on-start", "true");
    }

    /** Hands the database's name to the test's fields annotated {@link Name}. */
    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(name, new TestInjector.AnnotatedAndMatchesType(Name.class, String.class));
    }

    /** Marks a test's String field that receives the name of the run's database. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Name {
    }

    @Override
    public void stop() {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) {
        String url = "jdbc:postgresql://" + env("ALLIANCE_DB_HOST", "127.0.0.1") + ":" + env("ALLIANCE_DB_PORT", "5432")
                + "/" + env("ALLIANCE_TEST_ADMIN_DB", "postgres");
        try (Connection connection = DriverManager.getConnection(url, env("ALLIANCE_DB_USER", "postgres"),
                env("ALLIANCE_DB_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run \"" + sql + "\" on " + url
                    + " (is PostgreSQL up? see README, Requirements)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
