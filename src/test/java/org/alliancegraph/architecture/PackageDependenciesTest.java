package org.alliancegraph.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies between the application's packages run one way, downwards in {@link #LAYERS}: a package may use the
 * packages listed after it, never one listed before it (classes read with ArchUnit, every kind of dependency: fields,
 * calls, signatures, annotations): one that runs upwards closes a cycle, and fails the test.
 */
class PackageDependenciesTest {

    /** Top to bottom: the front door and the features that refer, then those referred to, then the shared ones. */
    private static final List<String> LAYERS = List.of("", "http", "persisted", "policy", "draft", "seed", "search",
            "statement", "mission", "live", "event", "topic", "alliance", "document", "actor", "security", "graphql",
            "common");

    @Test
    void dependenciesRunDownwards() {
        Set<String> upwards = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.alliancegraph")) {
            String from = feature(type);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!target.getPackageName().startsWith("org.alliancegraph")) {
                    continue;
                }
                String to = feature(target);
                if (!from.equals(to) && rank(to) < rank(from)) {
                    upwards.add(from + " -> " + to + ": " + outermost(type).getSimpleName() + " -> "
                            + outermost(target).getSimpleName());
                }
            }
        }
        assertEquals(Set.of(), upwards, "dependencies that run upwards");
    }

    /** The top-level class a nested class (or a lambda's) is declared in. */
    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /** The package under org.alliancegraph a class belongs to ("" for the root). */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        String rest = name.length() > "org.alliancegraph".length() ? name.substring("org.alliancegraph.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static int rank(String feature) {
        int rank = LAYERS.indexOf(feature);
        if (rank < 0) {
            throw new IllegalStateException("package " + feature + " has no place in LAYERS");
        }
        return rank;
    }
}
