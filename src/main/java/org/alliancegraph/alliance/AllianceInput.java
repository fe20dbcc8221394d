package org.alliancegraph.alliance;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancegraph.common.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("AllianceInput")
@Description("A new alliance, or (for updateAlliance, slug left out) the fields to change: only those given change.")
public class AllianceInput {

    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
    @Size(max = 100)
    @Description("Stable key, e.g. \"aukus\"; needed to create, ignored by updateAlliance.")
    public String slug;

    @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    @Size(max = 200)
    @Description("Name in English; needed to create.")
    public String name;

    @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    @Size(max = 40)
    @Description("Acronym, e.g. \"NATO\".")
    public String acronym;

    @Description("When it was founded: \"1949\", \"1949-04\" or \"1949-04-04\".")
    public String founded;

    @Size(max = 200)
    @Description("Where its headquarters are.")
    public String headquarters;

    @Size(max = 2000)
    @Description("What it covers: defence, trade, ...")
    public String scope;

    @Size(max = 2000)
    @Description("What it is, in a sentence.")
    public String description;

    /** Writes the given fields into the alliance. */
    void applyTo(Alliance alliance, String foundedField) {
        if (name != null) {
            alliance.name = name;
        }
        if (acronym != null) {
            alliance.acronym = acronym;
        }
        if (founded != null) {
            alliance.founded = PartialDate.parseArgument(foundedField, founded);
        }
        if (headquarters != null) {
            alliance.headquarters = headquarters;
        }
        if (scope != null) {
            alliance.scope = scope;
        }
        if (description != null) {
            alliance.description = description;
        }
    }
}
