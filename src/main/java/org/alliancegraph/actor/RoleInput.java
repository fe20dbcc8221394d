package org.alliancegraph.actor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PersonRoleInput")
@Description("A position a person holds or held, over a period.")
public class RoleInput {

    @NonNull
    @NotNull
    @Description("Slug of the person.")
    public String person;

    @NonNull
    @NotNull
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
    @Size(max = 100)
    @Description("Key of the role among the person's roles, e.g. \"defence-minister\"; statements name it.")
    public String key;

    @NonNull
    @NotNull
    @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    @Size(max = 300)
    @Description("The title in English, e.g. \"Federal Minister of Defence\".")
    public String title;

    @Size(max = 300)
    @Description("The title as written in the source's language.")
    public String originalTitle;

    @Description("Slug of the organisation, body or state in which the role is held.")
    public String organisation;

    @Description("Since when: \"2023\", \"2023-01\" or \"2023-01-19\".")
    public String from;

    @Description("Until when; not before from.")
    public String until;
}
