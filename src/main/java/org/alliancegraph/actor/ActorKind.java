package org.alliancegraph.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of actor speaks or is spoken of.")
public enum ActorKind {
    @Description("A sovereign state (the United States, Iraq).")
    STATE,
    @Description("A named person.")
    PERSON,
    @Description("An intergovernmental organisation (NATO, the UN).")
    INTERNATIONAL_ORGANISATION,
    @Description("A research institute (European Council on Foreign Relations).")
    THINK_TANK,
    @Description("A news organisation (Politico).")
    MEDIA_OUTLET,
    @Description("A ministry, agency or other part of a government.")
    GOVERNMENT_BODY,
    @Description("A non-state armed group (Islamic State).")
    ARMED_GROUP,
    @Description("One unnamed person (\"a NATO diplomat\", \"an official NATO spokesperson\").")
    ANONYMOUS_SOURCE,
    @Description("Several unnamed people or members (\"two NATO diplomats\", \"some allies\").")
    ANONYMOUS_GROUP
}
