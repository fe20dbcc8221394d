package org.alliancegraph.common;

import org.eclipse.microprofile.graphql.Description;

@Description("What a name is to the thing it names.")
public enum NameKind {
    @Description("The name used by default, in English.")
    CANONICAL,
    @Description("The name in another language (\"OTAN\" is not this: it is an ACRONYM in French).")
    TRANSLATION,
    @Description("An acronym or abbreviation (NATO, OTAN, KFOR).")
    ACRONYM,
    @Description("Another name in use.")
    ALIAS,
    @Description("A place standing for its government (\"Washington\" for the United States, \"Baghdad\" for Iraq).")
    METONYM,
    @Description("Another spelling of the same name, including misspellings found in sources.")
    SPELLING_VARIANT
}
