package org.alliancegraph.event;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("EventInput")
@Description("A new event (slug, kind and name needed), or for updateEvent the fields to change: only those given "
        + "change.")
public class EventInput {

    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
    @Size(max = 100)
    @Description("Stable key, e.g. \"nato-summit-2026\"; needed to create, ignored by updateEvent.")
    public String slug;

    @Description("Summit, ministerial meeting, ...; needed to create.")
    public EventKind kind;

    @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    @Size(max = 200)
    @Description("Name in English; needed to create.")
    public String name;

    @Description("Slug of the alliance that holds it.")
    public String alliance;

    @Size(max = 200)
    @Description("Where it takes place, e.g. \"Ankara\".")
    public String place;

    @Description("When it starts: \"2026\", \"2026-07\" or \"2026-07-07\".")
    public String start;

    @Description("When it ends; not before the start.")
    public String end;

    @Size(max = 2000)
    @Description("What it is, in a sentence.")
    public String description;
}
