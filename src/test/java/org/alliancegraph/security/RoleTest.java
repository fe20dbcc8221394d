package org.alliancegraph.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertTrue(Role.READER.grantedBy(Set.of("admin")));
        assertTrue(Role.EDITOR.grantedBy(Set.of("admin")));
        assertTrue(Role.READER.grantedBy(Set.of("editor")));
        assertFalse(Role.ADMIN.grantedBy(Set.of("editor")));
        assertFalse(Role.EDITOR.grantedBy(Set.of("reader")));
        assertFalse(Role.READER.grantedBy(Set.of()));
        assertFalse(Role.READER.grantedBy(Set.of("Editor")), "claims are lower-case");
    }
}
