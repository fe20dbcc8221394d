package org.alliancegraph.mission;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MissionInput")
@Description("A new mission. Objectives and troop figures come with the document that states them (ingestDocument).")
public class MissionInput {

    private static final String NOT_BLANK = ".*\\S.*";

    @NonNull
    @NotNull
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
    @Size(max = 100)
    @Description("Stable key, e.g. \"eufor-althea\".")
    public String slug;

    @NonNull
    @NotNull
    @Description("Slug of the alliance that runs it.")
    public String alliance;

    @NonNull
    @NotNull
    @Pattern(regexp = NOT_BLANK, message = "must not be blank")
    @Size(max = 200)
    @Description("Name in English.")
    public String name;

    @Pattern(regexp = NOT_BLANK, message = "must not be blank")
    @Size(max = 40)
    @Description("Acronym.")
    public String acronym;

    @NonNull
    @NotNull
    @Description("What the mission does.")
    public MissionKind kind;

    @NonNull
    @NotNull
    @Pattern(regexp = NOT_BLANK, message = "must not be blank")
    @Size(max = 200)
    @Description("Where it operates.")
    public String theatre;

    @Description("Slug of the state or territory where it operates.")
    public String theatreActor;

    @Size(max = 2000)
    @Description("What authorises it.")
    public String mandate;

    @Size(max = 2000)
    @Description("What the mission is, in a sentence.")
    public String description;

    @Description("When it was launched: \"2018\", \"2018-10\" or \"2018-10-02\".")
    public String start;
}
