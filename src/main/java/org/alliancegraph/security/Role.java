package org.alliancegraph.security;

import java.util.Locale;
import java.util.Set;

/**
 * The roles a bearer token grants (its {@code groups} claim): each includes the ones before it, so an editor may read
 * and an admin may edit.
 */
public enum Role {
    /** May run queries when reading needs a token (ALLIANCE_READ_POLICY=reader). */
    READER,
    /** May create and change records. */
    EDITOR,
    /** May also delete records. */
    ADMIN;

    /** The name in tokens: reader, editor, admin. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a token with these groups holds this role, itself or through a higher one. */
    public boolean grantedBy(Set<String> groups) {
        for (Role role : values()) {
            if (role.ordinal() >= ordinal() && groups.contains(role.claim())) {
                return true;
            }
        }
        return false;
    }
}
