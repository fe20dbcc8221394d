package org.alliancegraph.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.parser.Parser;

class OperationPolicyTest {

    @Test
    void builtInScalarsAreCheckedAsTheSpecificationSays() {
        Type<?> ints = new NonNullType(new ListType(new TypeName("Int")));
        assertNull(OperationPolicy.scalarMismatch("n", ints, List.of(1, 2)));
        assertNotNull(OperationPolicy.scalarMismatch("n", ints, List.of(1, "2")));
        assertNotNull(OperationPolicy.scalarMismatch("n", new TypeName("Int"), 1L << 40), "beyond 32 bits");
        assertNotNull(OperationPolicy.scalarMismatch("n", new TypeName("Int"), 1.5));
        assertNull(OperationPolicy.scalarMismatch("id", new TypeName("ID"), 42));
        assertNotNull(OperationPolicy.scalarMismatch("b", new TypeName("Boolean"), "true"));
        assertNull(OperationPolicy.scalarMismatch("s", new TypeName("StatementFilter"), Map.of()),
                "left to graphql-java");
    }

    @Test
    void aNulCharacterIsFoundAtAnyDepthOfTheVariables() {
        assertTrue(OperationPolicy.hasNul("a\u0000b"));
        assertTrue(OperationPolicy.hasNul(Map.of("filter", Map.of("names", List.of("ok", "\u0000")))));
        assertTrue(OperationPolicy.hasNul(Map.of("key\u0000", 1)));
        assertFalse(OperationPolicy.hasNul(Map.of("filter", Map.of("names", List.of("ok", 1, true)))));
        assertFalse(OperationPolicy.hasNul(null));
    }

    @Test
    void aNulCharacterIsFoundInTheDocumentsStrings() {
        assertTrue(OperationPolicy.hasNulString(Parser.parse("{ actor(name: \"\\u0000\") { slug } }")));
        assertTrue(OperationPolicy.hasNulString(Parser.parse("{ a(f: { names: [\"x\", \"\\u0000\"] }) { b } }")));
        assertTrue(OperationPolicy.hasNulString(Parser.parse("query($n: String = \"\\u0000\") { a(n: $n) }")));
        assertFalse(OperationPolicy.hasNulString(Parser.parse("{ actor(name: \"\\u0001 ok\") { slug } }")));
    }
}
