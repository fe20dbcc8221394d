package org.alliancegraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GraphQLRequestTest {

    @Test
    void theMediaTypeOfAContentType() {
        assertEquals("application/json", GraphQLRequest.mediaType("application/json"));
        assertEquals("application/json", GraphQLRequest.mediaType("Application/JSON; charset=UTF-8"));
        assertEquals("application/json", GraphQLRequest.mediaType("application/json; charset=\"utf-8\""));
        assertEquals("application/json", GraphQLRequest.mediaType("application/json, application/json"),
                "the header twice, as SmallRye's GraphiQL sends it");
        assertNull(GraphQLRequest.mediaType("application/json, text/plain"));
        assertNull(GraphQLRequest.mediaType("application/json; charset=ebcdic"));
        assertNull(GraphQLRequest.mediaType(null));
    }
}
