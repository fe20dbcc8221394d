package org.alliancegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.alliancegraph.support.Prometheus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A read query that a plan serves ({@link ReadPlans}) is answered exactly as graphql-java answers it (the header
 * {@code Alliance-Read-Plan: off} asks for graphql-java): the same bytes, field order included. Each case also checks
 * which way it went, by the counter {@code graphql_read_plans_total}: a case that silently fell back to graphql-java
 * would compare graphql-java with itself. Reads only the seed.
 */
@QuarkusTest
class ReadPlansTest {

    private static final String SERVED = "graphql_read_plans_total{outcome=\"served\"}";
    private static final String DECLINED = "graphql_read_plans_total{outcome=\"declined\"}";
    private static final String FAILED = "graphql_read_plans_total{outcome=\"failed\"}";

    @Test
    void theDashboardAnswersAsGraphqlJavaDoes() {
        String answer = servedSameAsEngine("""
                query Dashboard {
                  alliances {
                    name
                    missions {
                      name
                      discussedIn(first: 20, orderBy: NEWEST_FIRST) { edges { stance node { text speaker { name } } } }
                    }
                  }
                }
                """, Map.of());
        assertTrue(answer.contains("\"speaker\":{\"name\":"), answer);
    }

    @Test
    void everyRegisteredFieldAnswersAsGraphqlJavaDoes() {
        servedSameAsEngine("""
                query Alliances {
                  __typename
                  alliances {
                    __typename slug acronym decisionRule scope headquarters description version
                    names { name lang kind }
                    organisation { slug name kind country { slug } affiliation { slug } }
                    decisionRuleSource { text document { slug } }
                    memberships { status category actor { slug names { name } } alliance { slug } source { text } }
                    members { actor { slug } } partners { actor { slug } }
                    events { slug name }
                    discussedIn(first: 2, orderBy: NEWEST_FIRST) { edges { node { slug } } }
                  }
                }
                """, Map.of());
        servedSameAsEngine("""
                query Missions {
                  alliance(slug: "nato") {
                    missions {
                      slug acronym theatre mandate kind
                      alliance { slug } theatreActor { slug roles { title organisation { slug } source { text } } }
                      mandateSource { text } startSource { text }
                      objectives { text source { text } }
                      troopStrengths { troops source { text } }
                      statusChanges { kind status proposedBy { slug } statement { slug } source { text }
                                      mission { slug } }
                      discussedIn(first: 3) {
                        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                        edges {
                          cursor stance
                          node {
                            slug kind evidentialStatus text lang quote translation
                            speaker { slug name discussedIn(first: 1) { edges { cursor } } statements(first: 1) {
                              edges { node { slug } } } }
                            subjects { stance statement { slug } }
                            reports { document { slug } cites { slug } }
                          }
                        }
                      }
                    }
                  }
                }
                """, Map.of());
    }

    @Test
    void aliasesFragmentsVariablesAndDirectivesAnswerAsGraphqlJavaDoes() {
        String query = """
                query Shaped($first: Int!, $withText: Boolean!, $skipName: Boolean!, $slug: String!) {
                  nato: alliance(slug: $slug) {
                    ...Named
                    newest: discussedIn(first: $first, orderBy: NEWEST_FIRST) { edges { node { ...Said } } }
                    oldest: discussedIn(first: 1) { edges { node { slug } } }
                  }
                  kfor: mission(slug: "kfor") {
                    ... on Mission { slug name @skip(if: $skipName) }
                    discussedIn { edges { node { slug text @include(if: $withText) } } }
                  }
                  alliances { slug }
                }
                fragment Named on Alliance { slug name }
                fragment Said on Statement { slug text @include(if: $withText) speaker { name } }
                """;
        servedSameAsEngine(query, Map.of("first", 3, "withText", true, "skipName", false, "slug", "nato"));
        servedSameAsEngine(query, Map.of("first", 1, "withText", false, "skipName", true, "slug", "nato"));
    }

    @Test
    void aSecondPageAfterACursorAnswersAsGraphqlJavaDoes() {
        String query = """
                query Page($after: String) {
                  alliance(slug: "nato") {
                    discussedIn(first: 2, after: $after) {
                      pageInfo { hasNextPage endCursor } edges { cursor node { slug } }
                    }
                  }
                }
                """;
        JsonPath first = JsonPath.from(servedSameAsEngine(query, new HashMap<>()));
        String cursor = first.getString("data.alliance.discussedIn.pageInfo.endCursor");
        assertNotNull(cursor);
        String second = servedSameAsEngine(query, Map.of("after", cursor));
        assertFalse(second.contains(first.getString("data.alliance.discussedIn.edges[0].node.slug") + "\""),
                second);
    }

    @Test
    void whatAPlanCannotServeIsLeftToGraphqlJava() {
        for (String query : new String[]{
                "{ alliance(slug: \"nato\") { slug stanceSummary { stance count } } }", // a resolver not registered
                "{ alliance(slug: \"nato\") { createdAt } }", // a field SmallRye transforms
                "{ alliance(slug: \"nato\") { discussedIn(filter: {evidentialStatuses: [REPORTED]}) { edges { cursor } }"
                        + " } }", // an input object
                "{ node(id: \"QWxsaWFuY2U6MQ==\") { id } }", // an interface
                "{ mission(slug: \"kfor\") { status } }"}) { // a leaf a resolver returns
            double declined = Prometheus.value(DECLINED);
            double served = Prometheus.value(SERVED);
            assertEquals(engine(query, Map.of()), post(query, Map.of(), false), query);
            assertEquals(declined + 1, Prometheus.value(DECLINED), query);
            assertEquals(served, Prometheus.value(SERVED), query);
        }
    }

    @Test
    void aPlanThatMeetsAnErrorHandsTheOperationToGraphqlJava() {
        String query = "{ alliance(slug: \"nato\") { discussedIn(first: 1000) { edges { cursor } } } }";
        double failed = Prometheus.value(FAILED);
        String planned = post(query, Map.of(), false);
        assertEquals(engine(query, Map.of()), planned);
        assertTrue(planned.contains("BAD_USER_INPUT"), planned);
        assertEquals(failed + 1, Prometheus.value(FAILED));

        String both = "{ alliance(slug: \"nato\", name: \"OTAN\") { slug } }";
        failed = Prometheus.value(FAILED);
        assertEquals(engine(both, Map.of()), post(both, Map.of(), false));
        assertEquals(failed + 1, Prometheus.value(FAILED));
    }

    /** Posts the query both ways, checks the plan served it and gave the same bytes, and returns the answer. */
    private static String servedSameAsEngine(String query, Map<String, Object> variables) {
        double served = Prometheus.value(SERVED);
        String planned = post(query, variables, false);
        assertEquals(served + 1, Prometheus.value(SERVED), () -> "not served by a plan: " + planned);
        assertNull(JsonPath.from(planned).get("errors"), planned);
        assertEquals(engine(query, variables), planned);
        return planned;
    }

    private static String engine(String query, Map<String, Object> variables) {
        return post(query, variables, true);
    }

    private static String post(String query, Map<String, Object> variables, boolean planOff) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).body(body);
        if (planOff) {
            request = request.header("Alliance-Read-Plan", "off");
        }
        return request.when().post("/graphql").then().statusCode(200).extract().asString();
    }
}
