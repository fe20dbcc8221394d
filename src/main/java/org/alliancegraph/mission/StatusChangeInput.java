package org.alliancegraph.mission;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MissionStatusChangeInput")
@Description("A change of a mission's status that took place or was proposed.")
public class StatusChangeInput {

    @NonNull
    @NotNull
    @Description("Slug of the mission, e.g. \"kfor\".")
    public String mission;

    @NonNull
    @NotNull
    @Description("What kind of change.")
    public ChangeKind kind;

    @NonNull
    @NotNull
    @Description("The status after the change.")
    public MissionStatus status;

    @NonNull
    @NotNull
    @Description("Whether it took place or was only proposed.")
    public Realisation realisation;

    @Description("When it takes effect, at the precision known: \"2026\", \"2026-09\", \"2026-09-30\".")
    public String effective;

    @Description("ON the effective date (default) or BY it at the latest.")
    public DateBound effectiveBound;

    @Description("Slug of who proposed, demanded or requested it.")
    public String proposedBy;

    @Description("Slug of the statement that proposed or reported it.")
    public String statement;
}
