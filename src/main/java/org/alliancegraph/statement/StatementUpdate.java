package org.alliancegraph.statement;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementUpdateInput")
@Description("Changes to a statement: only the fields given change. Its speaker, subjects and reports stay; ingest "
        + "the document again to change those.")
public class StatementUpdate {

    @Description("Confirmed, reported or denied: e.g. a reported position that is now confirmed on the record.")
    public EvidentialStatus evidentialStatus;

    @Description("What kind of speech act it is.")
    public StatementKind kind;

    @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    @Size(max = 5000)
    @Description("What was said, in its language; must still contain the quote, if any.")
    public String text;

    @Description("When it was said: \"2026\", \"2026-07\" or \"2026-07-07\".")
    public String said;
}
