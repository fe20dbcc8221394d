package org.alliancegraph.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementFilter")
@Description("Which statements to list. Every criterion given must hold; a list criterion holds when any of its "
        + "values does.")
public class StatementFilter {

    @Description("Slugs of speakers, e.g. [\"united-states\"].")
    public List<String> speakers;

    @Description("Only statements about this subject.")
    public SubjectInput about;

    @Description("Only statements with one of these stances towards their subject (towards `about` when given).")
    public List<Stance> stances;

    @Description("Only these kinds of speech act.")
    public List<StatementKind> kinds;

    @Description("Only these evidential statuses.")
    public List<EvidentialStatus> evidentialStatuses;

    @Description("Only statements in these languages (BCP 47 tags, e.g. [\"fr\"]).")
    public List<String> languages;

    @Description("Only statements reported by one of these outlets (actor slugs, e.g. [\"politico\"]).")
    public List<String> reportedBy;

    @Description("Only statements dated from this date on: \"2026\", \"2026-07\" or \"2026-07-07\". A statement's date is "
            + "when it was said, or else when the first document reporting it was published (its first day).")
    public String from;

    @Description("Only statements dated up to this date, included: \"2026-09\" means up to 2026-09-30.")
    public String until;
}
