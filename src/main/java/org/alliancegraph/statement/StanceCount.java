package org.alliancegraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How many statements take one stance with one evidential status.")
public record StanceCount(
        @NonNull @Description("The stance.") Stance stance,
        @NonNull @Description("The evidential status.") EvidentialStatus evidentialStatus,
        @NonNull @Description("How many statements.") long count) {
}
