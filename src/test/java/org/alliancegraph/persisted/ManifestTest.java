package org.alliancegraph.persisted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ManifestTest {

    @Test
    void eachOperationIsKeptWithItsHashAndAWrongHashStopsTheLoad() {
        String body = "{ alliances { slug } }";
        String good = "{\"operations\":[{\"id\":\"" + PersistedQueries.sha256(body) + "\",\"body\":\"" + body + "\"}]}";
        assertEquals(PersistedQueries.sha256(body), TrustedDocuments.read(good).get(0).getString(0));
        String wrong = "{\"operations\":[{\"id\":\"" + PersistedQueries.sha256("other") + "\",\"body\":\"" + body
                + "\"}]}";
        assertThrows(IllegalArgumentException.class, () -> TrustedDocuments.read(wrong));
    }
}
