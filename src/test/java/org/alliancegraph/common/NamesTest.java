package org.alliancegraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void caseAccentsApostrophesAndSpacesDoNotMatter() {
        assertEquals("otan", Names.key("OTAN"));
        assertEquals("etats-unis", Names.key("États-Unis"));
        assertEquals("turkiye", Names.key("Türkiye"));
        assertEquals("deux diplomates de l'otan", Names.key("deux  diplomates de l’OTAN "));
        assertEquals(Names.key("Organisation du traité de l'Atlantique nord"),
                Names.key("organisation du traite de l’atlantique Nord"));
    }
}
