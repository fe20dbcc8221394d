package org.alliancegraph.mission;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The changes of updateMission: only the fields given change. */
@Input("MissionUpdateInput")
@Description("Changes to a mission: only the fields given change; a field given as null is left as it is.")
public class MissionUpdate {

    private static final String NOT_BLANK = ".*\\S.*";

    @Description("Name in English.")
    @Pattern(regexp = NOT_BLANK, message = "must not be blank")
    @Size(max = 200)
    public String name;

    @Description("Acronym.")
    @Pattern(regexp = NOT_BLANK, message = "must not be blank")
    @Size(max = 40)
    public String acronym;

    @Description("What the mission does.")
    public MissionKind kind;

    @Description("Where it operates.")
    @Pattern(regexp = NOT_BLANK, message = "must not be blank")
    @Size(max = 200)
    public String theatre;

    @Description("What authorises it.")
    @Pattern(regexp = NOT_BLANK, message = "must not be blank")
    @Size(max = 2000)
    public String mandate;

    @Description("What the mission is, in a sentence.")
    @Pattern(regexp = NOT_BLANK, message = "must not be blank")
    @Size(max = 2000)
    public String description;

    /** Writes the given fields into the mission. */
    void applyTo(Mission mission) {
        if (name != null) {
            mission.name = name;
        }
        if (acronym != null) {
            mission.acronym = acronym;
        }
        if (kind != null) {
            mission.kind = kind;
        }
        if (theatre != null) {
            mission.theatre = theatre;
        }
        if (mandate != null) {
            mission.mandate = mandate;
        }
        if (description != null) {
            mission.description = description;
        }
    }
}
