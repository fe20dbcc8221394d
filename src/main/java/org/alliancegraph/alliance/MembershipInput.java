package org.alliancegraph.alliance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MembershipInput")
@Description("A state's membership or partnership in an alliance, over a period.")
public class MembershipInput {

    @NonNull
    @NotNull
    @Description("Slug of the alliance.")
    public String alliance;

    @NonNull
    @NotNull
    @Description("Slug of the state (or other actor).")
    public String actor;

    @NonNull
    @NotNull
    @Description("Member, partner, aspirant or withdrawn.")
    public MembershipStatus status;

    @Size(max = 200)
    @Description("The kind of partnership, e.g. \"Partnership for Peace\".")
    public String category;

    @Description("Since when: \"2023\", \"2023-04\" or \"2023-04-04\".")
    public String from;

    @Description("Until when; not before from.")
    public String until;
}
