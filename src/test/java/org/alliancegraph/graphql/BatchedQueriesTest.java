package org.alliancegraph.graphql;

import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alliancegraph.support.SqlStatements;
import org.alliancegraph.support.SqlStatements.Counted;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Nested queries are resolved in batches, whatever the number of parents: one SQL statement for the root, one per list
 * field, none for the to-one fields the repositories join-fetch and one per to-one field they do not.
 */
@QuarkusTest
class BatchedQueriesTest {

    @Test
    void missionWithTwoNestedLists() {
        // List fields: statusChanges, troopStrengths, and the status changes' statement (read by the statement
        // feature, not joined to the changes) -> at most 4 statements.
        Counted<JsonPath> counted = counted("""
                query {
                  mission(slug: "kfor") {
                    name alliance { slug } theatreActor { slug } mandateSource { text }
                    statusChanges { kind proposedBy { slug } statement { slug } source { text } }
                    troopStrengths { troops source { text } }
                  }
                }
                """);
        assertEquals("nato", counted.result().getString("data.mission.alliance.slug"));
        assertAtMost(4, counted);
    }

    @Test
    void allianceMembershipsMissionsObjectivesAndStatements() {
        // List fields: memberships, missions, objectives, discussedIn -> at most 5 statements.
        Counted<JsonPath> counted = counted("""
                query {
                  alliance(slug: "nato") {
                    name
                    memberships { status actor { slug } }
                    missions {
                      slug
                      objectives { text }
                      discussedIn { edges { stance node { slug kind speaker { slug } } } }
                    }
                  }
                }
                """);
        assertEquals(39, counted.result().getList("data.alliance.memberships").size());
        assertAtMost(5, counted);
    }

    @Test
    void statementPageWithSubjectsReportsAndCitations() {
        // List fields: statements, subjects, reports, cites -> at most 5 statements.
        String query = """
                query($first: Int!) {
                  statements(first: $first) {
                    edges {
                      node {
                        slug speaker { slug } speakerRole { title } event { slug }
                        subjects { stance alliance { slug } mission { slug } actor { slug } event { slug } topic { slug } }
                        reports { excerpt { text start end } reportedBy { slug } cites { slug } }
                      }
                    }
                  }
                }
                """;
        Counted<JsonPath> one = SqlStatements.count(() -> query(query, "first", 1));
        Counted<JsonPath> all = SqlStatements.count(() -> query(query, "first", 100));
        assertTrue(all.result().getList("data.statements.edges").size() > 20);
        assertAtMost(5, all);
        assertEquals(one.count(), all.count(), "the number of statements does not grow with the number of parents");
    }

    @Test
    void toOneFieldsThatWereNotJoinedAreLoadedInOneStatementForAllParents() {
        // statements, reports (lists); speaker.country and report.document are not join-fetched: one statement each.
        Counted<JsonPath> counted = counted("""
                query {
                  statements(first: 100) {
                    edges { node { speaker { slug country { slug } } reports { document { slug } } } }
                  }
                }
                """);
        assertEquals("000_ab42d079f1321106",
                counted.result().getString("data.statements.edges[0].node.reports[0].document.slug"));
        assertAtMost(4, counted);
    }

    private static Counted<JsonPath> counted(String query) {
        return SqlStatements.count(() -> query(query));
    }

    private static void assertAtMost(int bound, Counted<JsonPath> counted) {
        Log.infof("SQL statements: %d (bound %d)", counted.count(), bound);
        assertTrue(counted.count() > 0, "the SQL log is captured");
        assertTrue(counted.count() <= bound, () -> counted.count() + " SQL statements, more than " + bound + ":\n"
                + String.join("\n", counted.statements()));
    }
}
