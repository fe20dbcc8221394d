package org.alliancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A projection leaves out the columns nobody asked for, and its rows read them as null, in the models' order. */
class ProjectionTest {

    @Test
    void leftOutColumnsAreNotSelectedAndReadAsNull() {
        Projection p = new Projection().add("s.id").add("s.slug", false).add("s.text").add("s.version", false);
        assertEquals("s.id, s.text", p.select());
        Row row = p.row(new Object[]{7L, "said"});
        assertEquals(7L, row.nextLong());
        assertNull(row.next());
        assertEquals("said", row.next());
        assertEquals(0, row.nextInt(), "an int left out reads as 0");
    }

    @Test
    void derivedTableColumnsAreNamedInOrder() {
        Projection p = new Projection().add("p.id").add("x.stance", false).add("s.id");
        assertEquals("p.id as c0, s.id as c1", p.selectNamed());
        assertEquals("page.c0, page.c1", p.columnsOf("page"));
        assertEquals("page.c1", p.columnOf("page", "s.id"));
    }

    @Test
    void anOuterJoinThatFoundNothingSkipsItsColumnsReadOrNot() {
        // a row: key, then a joined record of three columns (key, name left out, title), then a last column
        Projection p = new Projection().add("s.id").add("r.id").add("r.name", false).add("r.title").add("s.text");
        Row empty = p.row(new Object[]{1L, null, null, "text"});
        assertEquals(1L, empty.nextLong());
        assertNull(empty.nullable(3, r -> r.next() + "/" + r.next() + "/" + r.next()));
        assertEquals("text", empty.next());
        Row found = p.row(new Object[]{1L, 5L, "Minister", "text"});
        found.nextLong();
        assertEquals("5/null/Minister", found.nullable(3, r -> r.next() + "/" + r.next() + "/" + r.next()));
        assertEquals("text", found.next());
    }
}
