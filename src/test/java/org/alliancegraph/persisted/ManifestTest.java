package org.alliancegraph.persisted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.alliancegraph.common.Sha256;
import org.junit.jupiter.api.Test;

class ManifestTest {

    @Test
    void eachOperationIsKeptWithItsHashAndAWrongHashStopsTheLoad() {
        String body = "{ alliances { slug } }";
        String good = "{\"operations\":[{\"id\":\"" + Sha256.hex(body) + "\",\"body\":\"" + body + "\"}]}";
        assertEquals(Sha256.hex(body), TrustedDocuments.read(good).get(0).getString(0));
        String wrong = "{\"operations\":[{\"id\":\"" + Sha256.hex("other") + "\",\"body\":\"" + body
                + "\"}]}";
        assertThrows(IllegalArgumentException.class, () -> TrustedDocuments.read(wrong));
    }
}
