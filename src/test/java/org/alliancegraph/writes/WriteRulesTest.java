package org.alliancegraph.writes;

import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Each rule of the write services holds on both write paths, the mutations and ingestDocument (which the seed files
 * share): the same refusal, naming the field as each path's client wrote it ({@code input.until},
 * {@code annotations/events/0/end}), and nothing of the refused write stored. Every test writes records of its own
 * slugs.
 */
@QuarkusTest
class WriteRulesTest {

    private static final String INGEST = """
            mutation($text: String!, $annotations: String!) { ingestDocument(text: $text, annotations: $annotations) {
              outcome } }
            """;
    private static final String CREATE_ACTOR = """
            mutation($input: ActorInput!) { createActor(input: $input) { slug } }
            """;
    private static final String ADD_ROLE = """
            mutation($input: PersonRoleInput!) { addPersonRole(input: $input) { key } }
            """;
    private static final String CREATE_EVENT = """
            mutation($input: EventInput!) { createEvent(input: $input) { slug } }
            """;
    private static final String CREATE_MISSION = """
            mutation($input: MissionInput!) { createMission(input: $input) { slug } }
            """;
    private static final String ADD_MEMBERSHIP = """
            mutation($input: MembershipInput!) { addMembership(input: $input) { status } }
            """;
    private static final String UPDATE_STATEMENT = """
            mutation($slug: String!, $input: StatementUpdateInput!) {
              updateStatement(slug: $slug, expectedVersion: 0, input: $input) { version } }
            """;
    /** A fact from outside the document, where the file needs a source for it. */
    private static final String ELSEWHERE = "{ from: reference, url: \"https://example.org/rules\" }";

    @Test
    void aPeriodEndsAfterItStarts() {
        JsonPath mutation = refusedByMutation("BAD_USER_INPUT", "input.end", CREATE_EVENT, "input", Map.of("slug",
                "test-rules-backwards-summit", "kind", "SUMMIT", "name", "Backwards summit", "start", "2026-07",
                "end", "2026-06-30"));
        assertNull(record("event", "test-rules-backwards-summit"), mutation::prettify);

        refusedByIngest("test-rules-backwards-event", "/events/0/end", """
                events:
                  - { slug: test-rules-backwards-meeting, kind: SUMMIT, name: Backwards meeting, start: "2026-07",
                      end: "2026-06-30", source: %s }
                """.formatted(ELSEWHERE));
        assertNull(record("event", "test-rules-backwards-meeting"));
    }

    @Test
    void aRolePeriodEndsAfterItStarts() {
        person("test-rules-role-person");
        refusedByMutation("BAD_USER_INPUT", "input.until", ADD_ROLE, "input", Map.of("person", "test-rules-role-person",
                "key", "envoy", "title", "Envoy", "from", "2020", "until", "2019-12"));
        refusedByIngest("test-rules-role-period", "/actors/0/roles/0/until", """
                actors:
                  - slug: test-rules-role-person
                    kind: PERSON
                    name: Rules role person
                    roles: [ { key: envoy, title: Envoy, from: "2020", until: "2019-12", source: %s } ]
                """.formatted(ELSEWHERE));
        assertEquals(List.of(), roles("test-rules-role-person"), "no role stored by either path");
    }

    @Test
    void aDateIsADate() {
        refusedByMutation("BAD_USER_INPUT", "input.start", CREATE_MISSION, "input", Map.of("slug",
                "test-rules-undated-mission", "alliance", "nato", "name", "Undated", "kind", "TRAINING", "theatre",
                "Nowhere", "start", "2026-13"));
        assertNull(record("mission", "test-rules-undated-mission"));
        refusedByIngest("test-rules-undated", "/missions/0/start", """
                missions:
                  - { slug: test-rules-undated-operation, alliance: nato, name: Undated operation, kind: TRAINING,
                      theatre: Nowhere, start: "2026-13", startSource: %s }
                """.formatted(ELSEWHERE));
        assertNull(record("mission", "test-rules-undated-operation"));
    }

    @Test
    void aReferenceNamesARecordThatExists() {
        refusedByMutation("NOT_FOUND", "input.actor", ADD_MEMBERSHIP, "input", Map.of("alliance", "nato", "actor",
                "test-rules-atlantis", "status", "PARTNER"));
        refusedByIngest("test-rules-unknown-actor", "/alliances/0/memberships/0/actor", """
                alliances:
                  - slug: test-rules-unknown-pact
                    name: Rules unknown pact
                    memberships: [ { actor: test-rules-atlantis, status: MEMBER, source: %s } ]
                """.formatted(ELSEWHERE));
        assertNull(record("alliance", "test-rules-unknown-pact"));
        assertFalse(query("query { alliance(slug: \"nato\") { memberships { actor { slug } } } }")
                .getList("data.alliance.memberships.actor.slug").contains("test-rules-atlantis"));
    }

    @Test
    void aSlugIsLowerCaseWordsJoinedByHyphens() {
        refusedByMutation("BAD_USER_INPUT", "input.slug", CREATE_ACTOR, "input", Map.of("slug", "Rules Body",
                "kind", "GOVERNMENT_BODY", "name", "Rules body"));
        refusedByIngest("test-rules-bad-slug", "/actors/0/slug", """
                actors:
                  - { slug: Rules Body, kind: GOVERNMENT_BODY, name: Rules body }
                """);
        assertNull(query("query { actor(name: \"Rules body\") { slug } }").get("data.actor"));
    }

    @Test
    void aSlugNamesOneRecord() {
        person("test-rules-taken-person");
        refusedByMutation("CONFLICT", "input.slug", CREATE_ACTOR, "input", Map.of("slug", "test-rules-taken-person",
                "kind", "GOVERNMENT_BODY", "name", "Rules taken body"));
        assertEquals("PERSON", query("query { actor(slug: \"test-rules-taken-person\") { kind } }")
                .getString("data.actor.kind"));
        refusedByIngest("test-rules-twice", "/actors/1/slug", """
                actors:
                  - { slug: test-rules-twice-body, kind: GOVERNMENT_BODY, name: Rules twice body }
                  - { slug: test-rules-twice-body, kind: THINK_TANK, name: Rules twice tank }
                """);
        assertNull(record("actor", "test-rules-twice-body"));
    }

    @Test
    void aNameIsGivenOnce() {
        refusedByMutation("BAD_USER_INPUT", "input.aliases.1", CREATE_ACTOR, "input", Map.of("slug",
                "test-rules-named-body", "kind", "GOVERNMENT_BODY", "name", "Rules named body", "aliases",
                List.of("RNB", "RNB")));
        assertNull(record("actor", "test-rules-named-body"));
        refusedByIngest("test-rules-names-twice", "/actors/0/names/1", """
                actors:
                  - slug: test-rules-names-body
                    kind: GOVERNMENT_BODY
                    name: Rules names body
                    names: [ { name: RNB, kind: ACRONYM }, { name: RNB, kind: ALIAS } ]
                """);
        assertNull(record("actor", "test-rules-names-body"));
    }

    @Test
    void anActorsFieldsFitItsKind() {
        refusedByMutation("BAD_USER_INPUT", "input.groupSize", CREATE_ACTOR, "input", Map.of("slug",
                "test-rules-sized-body", "kind", "GOVERNMENT_BODY", "name", "Rules sized body", "groupSize", 3));
        assertNull(record("actor", "test-rules-sized-body"));
        refusedByIngest("test-rules-sized", "/actors/0/groupSize", """
                actors:
                  - { slug: test-rules-sized-tank, kind: THINK_TANK, name: Rules sized tank, groupSize: 3 }
                """);
        assertNull(record("actor", "test-rules-sized-tank"));
    }

    @Test
    void onlyAPersonHasRoles() {
        refusedByMutation("BAD_USER_INPUT", "input.person", ADD_ROLE, "input", Map.of("person", "germany", "key",
                "test-rules-chancellery", "title", "Chancellery"));
        refusedByIngest("test-rules-state-roles", "/actors/0/roles", """
                actors:
                  - slug: test-rules-roled-state
                    kind: STATE
                    name: Rules roled state
                    roles: [ { key: head, title: Head, source: %s } ]
                """.formatted(ELSEWHERE));
        assertNull(record("actor", "test-rules-roled-state"));
    }

    @Test
    void aStatementKeepsItsQuote() {
        String text = "Rules quote test: the rules ministry said \"we stay\".";
        JsonPath stored = queryAs(editor(), INGEST, "text", text, "annotations", """
                actors:
                  - { slug: test-rules-quote-ministry, kind: GOVERNMENT_BODY, name: Rules quote ministry }
                document: { slug: test-rules-quote, title: Rules quote test, language: en }
                statements:
                  - slug: test-rules-quote-statement
                    speaker: test-rules-quote-ministry
                    kind: DIRECT_QUOTE
                    evidentialStatus: CONFIRMED
                    text: The ministry said "we stay".
                    quote: we stay
                    lang: en
                    subjects: [ { alliance: nato, stance: SUPPORTS } ]
                    reports: [ { source: { quote: "we stay" } } ]
                """);
        assertEquals("STORED", stored.getString("data.ingestDocument.outcome"), stored::prettify);
        refusedByMutation("BAD_USER_INPUT", "input.text", UPDATE_STATEMENT, "slug", "test-rules-quote-statement",
                "input",
                Map.of("text", "The ministry said it would go."));
        assertEquals("The ministry said \"we stay\".", query(
                "query { statement(slug: \"test-rules-quote-statement\") { text } }").getString("data.statement.text"));
        refusedByIngest("test-rules-lost-quote", "/statements/0/quote", """
                actors:
                  - { slug: test-rules-quote-ministry, kind: GOVERNMENT_BODY, name: Rules quote ministry }
                statements:
                  - slug: test-rules-lost-quote-statement
                    speaker: test-rules-quote-ministry
                    kind: DIRECT_QUOTE
                    evidentialStatus: CONFIRMED
                    text: The ministry said it would go.
                    quote: we stay
                    lang: en
                    subjects: [ { alliance: nato, stance: SUPPORTS } ]
                    reports: [ { source: { quote: "we stay" } } ]
                """);
        assertNull(record("statement", "test-rules-lost-quote-statement"));
    }

    @Test
    void everyWriteRaisesTheVersionByOne() {
        String update = """
                mutation($version: Int!) { updateEvent(slug: "test-rules-versioned-summit", expectedVersion: $version,
                  input: { description: "The same description" }) { version } }
                """;
        queryAs(editor(), CREATE_EVENT, "input", Map.of("slug", "test-rules-versioned-summit", "kind", "SUMMIT", "name",
                "Versioned summit"));
        assertEquals(1, queryAs(editor(), update, "version", 0).getInt("data.updateEvent.version"));
        assertEquals(2, queryAs(editor(), update, "version", 1).getInt("data.updateEvent.version"),
                "the same change by the same editor again");

        queryAs(editor(),
                "mutation { createAlliance(input: { slug: \"test-rules-versioned-pact\", name: \"Versioned pact\" "
                        + "}) { version } }");
        for (String actor : List.of("germany", "france")) {
            queryAs(editor(), ADD_MEMBERSHIP, "input", Map.of("alliance", "test-rules-versioned-pact", "actor", actor,
                    "status", "MEMBER"));
        }
        assertEquals(2, query("query { alliance(slug: \"test-rules-versioned-pact\") { version } }")
                .getInt("data.alliance.version"), "each membership added raised the alliance's version");
    }

    @Test
    void aStatusChangeNamesTheStatementThatProposedIt() {
        String record = """
                mutation($input: MissionStatusChangeInput!) {
                  recordMissionStatusChange(input: $input) { status statement { slug speaker { slug } } } }
                """;
        queryAs(editor(), CREATE_MISSION, "input",
                Map.of("slug", "test-rules-proposed-mission", "alliance", "nato", "name",
                        "Proposed mission", "kind", "TRAINING", "theatre", "Iraq"));
        JsonPath recorded = queryAs(editor(), record, "input", Map.of("mission", "test-rules-proposed-mission", "kind",
                "END", "status", "ENDED", "realisation", "PROPOSED", "statement", "us-demands-end-of-iraq-mission"));
        assertEquals("us-demands-end-of-iraq-mission", recorded.getString(
                "data.recordMissionStatusChange.statement.slug"));
        assertEquals("united-states", recorded.getString("data.recordMissionStatusChange.statement.speaker.slug"));

        refusedByMutation("NOT_FOUND", "input.statement", record, "input",
                Map.of("mission", "test-rules-proposed-mission",
                        "kind", "END", "status", "ENDED", "realisation", "PROPOSED", "statement",
                        "test-rules-no-such-statement"));
        assertEquals(List.of("us-demands-end-of-iraq-mission"), query("""
                query { mission(slug: "test-rules-proposed-mission") { statusChanges { statement { slug } } } }
                """).getList("data.mission.statusChanges.statement.slug"), "the refused change is not stored");
    }

    private static String editor() {
        return Tokens.token("ed", "editor");
    }

    /** Sends a mutation that breaks a rule and checks the refusal's code and field. */
    private static JsonPath refusedByMutation(String code, String field, String mutation, Object... variables) {
        JsonPath refused = sendAs(editor(), mutation, variables);
        assertEquals(code, refused.getString("errors[0].extensions.code"), refused::prettify);
        assertEquals(field, refused.getString("errors[0].extensions.field"), refused::prettify);
        assertNull(refused.get("data") == null
                ? null
                : ((Map<?, ?>) refused.get("data")).values().iterator()
                        .next(),
                refused::prettify);
        return refused;
    }

    /**
     * Ingests a document whose annotations break a rule at {@code pointer}; checks the refusal and that the document is
     * not stored (the test checks the records the annotations name).
     */
    private static void refusedByIngest(String document, String pointer, String records) {
        String annotations = "document: { slug: " + document + ", title: Rules test, language: en }\n" + records;
        JsonPath refused = sendAs(editor(), INGEST, "text", "Rules test " + document + ": Rules, we stay.",
                "annotations", annotations);
        assertEquals("BAD_USER_INPUT", refused.getString("errors[0].extensions.code"), refused::prettify);
        assertEquals("annotations" + pointer, refused.getString("errors[0].extensions.field"), refused::prettify);
        assertNull(record("document", document), "the refused ingest stored its document");
    }

    private static void person(String slug) {
        queryAs(editor(), CREATE_ACTOR, "input", Map.of("slug", slug, "kind", "PERSON", "name", "Person " + slug));
    }

    private static Object record(String type, String slug) {
        return query("query($slug: String!) { " + type + "(slug: $slug) { slug } }", "slug", slug).get("data."
                + type);
    }

    private static List<Object> roles(String person) {
        return query("query($slug: String!) { actor(slug: $slug) { roles { key } } }", "slug", person)
                .getList("data.actor.roles");
    }
}
