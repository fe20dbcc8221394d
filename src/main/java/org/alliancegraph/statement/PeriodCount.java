package org.alliancegraph.statement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How many statements are dated in one period.")
public record PeriodCount(
        @Description("First day of the period; null for the statements that have no date at all.") LocalDate start,
        @NonNull @Description("How many statements.") long count) {
}
