package org.alliancegraph.mission;

import org.eclipse.microprofile.graphql.Description;

@Description("What a mission does.")
public enum MissionKind {
    @Description("Trains and advises local forces (NATO Mission Iraq).")
    TRAINING,
    @Description("Advises institutions without training troops.")
    ADVISORY,
    @Description("Keeps the peace under a mandate (KFOR).")
    PEACEKEEPING,
    @Description("Stabilises a country after a conflict.")
    STABILISATION,
    @Description("Combat operations.")
    COMBAT,
    @Description("Maritime security operations.")
    MARITIME_SECURITY,
    @Description("Air policing.")
    AIR_POLICING,
    @Description("Forward presence for deterrence.")
    DETERRENCE,
    @Description("Anything else.")
    OTHER
}
