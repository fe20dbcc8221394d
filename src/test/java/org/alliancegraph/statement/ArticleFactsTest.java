package org.alliancegraph.statement;

import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The questions an analyst asks about the first article, each answered by one query with its supporting sentence. */
@QuarkusTest
class ArticleFactsTest {

    @Test
    void washingtonReportedlyWantsTheIraqMissionEndedBySeptember2026() {
        JsonPath answer = query(
                """
                        query {
                          mission(slug: "nato-mission-iraq") {
                            acronym status start { value precision } startSource { text }
                            objectives { text translation source { text } }
                            statusChanges {
                              kind status realisation effectiveBound effective { value latest }
                              proposedBy { slug }
                              statement {
                                kind evidentialStatus
                                reports { excerpt { text } reportedBy { name } cites { name kind groupSize affiliation { slug } } }
                              }
                            }
                          }
                        }
                        """);
        String m = "data.mission.";
        assertEquals("NMI", answer.getString(m + "acronym"));
        assertEquals("ACTIVE", answer.getString(m + "status"), "a proposal does not change the current status");
        assertEquals("2018", answer.getString(m + "start.value"));
        assertEquals("YEAR", answer.getString(m + "start.precision"));
        assertTrue(answer.getString(m + "startSource.text").contains("lancée en 2018"));
        assertEquals(List.of("training the Iraqi security forces", "the fight against Islamic State"),
                answer.getList(m + "objectives.translation"));

        assertEquals(List.of("LAUNCH", "EXPANSION", "END"), answer.getList(m + "statusChanges.kind"));
        assertEquals("iraq", answer.getString(m + "statusChanges[1].proposedBy.slug"), "expanded at Baghdad's request");
        String end = m + "statusChanges[2].";
        assertEquals("PROPOSED", answer.getString(end + "realisation"));
        assertEquals("ENDED", answer.getString(end + "status"));
        assertEquals("BY", answer.getString(end + "effectiveBound"));
        assertEquals("2026-09", answer.getString(end + "effective.value"));
        assertEquals("2026-09-30", answer.getString(end + "effective.latest"));
        assertEquals("united-states", answer.getString(end + "proposedBy.slug"));
        assertEquals("DEMAND", answer.getString(end + "statement.kind"));
        assertEquals("REPORTED", answer.getString(end + "statement.evidentialStatus"), "\"aurait demandé\"");
        String report = end + "statement.reports[0].";
        assertTrue(answer.getString(report + "excerpt.text").startsWith("D’après deux diplomates de l’OTAN"));
        assertEquals("Politico", answer.getString(report + "reportedBy.name"));
        assertEquals("ANONYMOUS_GROUP", answer.getString(report + "cites[0].kind"));
        assertEquals(2, answer.getInt(report + "cites[0].groupSize"));
        assertEquals("nato", answer.getString(report + "cites[0].affiliation.slug"));
    }

    @Test
    void aRoleTheArticleStatesHasItsSentence() {
        JsonPath colby = query("query { actor(slug: \"elbridge-colby\") { roles { key source { text } } } }");
        assertEquals(List.of("under-secretary-of-defense-for-policy"), colby.getList("data.actor.roles.key"));
        assertEquals("le vice-secrétaire à la Défense Elbridge Colby",
                colby.getString("data.actor.roles[0].source.text"));
    }

    @Test
    void rootListsFilterMissionsByAllianceAndCurrentStatus() {
        JsonPath answer = query("""
                query {
                  all: missions { totalCount edges { node { acronym } } }
                  nato: missions(alliance: "nato") { edges { node { acronym } } }
                  none: missions(alliance: "no-such-alliance") { totalCount edges { node { acronym } } }
                  active: missions(status: ACTIVE) { totalCount edges { node { acronym status } } }
                  ended: missions(status: ENDED) { totalCount edges { node { acronym } } }
                  alliances { slug }
                  events { slug }
                  topics { slug }
                  documents { edges { node { slug } } }
                  people: actors(kind: PERSON) { totalCount edges { node { slug kind } } }
                }
                """);
        assertEquals(List.of("KFOR", "NMI"), articleMissions(answer.getList("data.all.edges.node.acronym")),
                "by name (Kosovo Force, NATO Mission Iraq), among those other tests add");
        assertEquals(answer.getList("data.all.edges").size(), answer.getInt("data.all.totalCount"));
        assertEquals(List.of("KFOR", "NMI"), articleMissions(answer.getList("data.nato.edges.node.acronym")));
        assertEquals(List.of(), answer.getList("data.none.edges"));
        assertEquals(0, answer.getInt("data.none.totalCount"));
        assertEquals(List.of("KFOR", "NMI"), articleMissions(answer.getList("data.active.edges.node.acronym")));
        assertTrue(answer.getList("data.active.edges.node.status").stream().allMatch("ACTIVE"::equals));
        assertEquals(answer.getList("data.active.edges").size(), answer.getInt("data.active.totalCount"));
        assertEquals(List.of(), articleMissions(answer.getList("data.ended.edges.node.acronym")),
                "ending the Iraq mission is only proposed");
        assertTrue(answer.getList("data.alliances.slug").contains("nato"), "other tests may add alliances");
        assertTrue(answer.getList("data.events.slug").containsAll(List.of("nato-summit-ankara-2026",
                "nato-defence-ministers-brussels-2026")), () -> answer.getList("data.events.slug").toString());
        assertEquals(10, answer.getList("data.topics").size());
        assertTrue(answer.getList("data.documents.edges.node.slug").contains("000_ab42d079f1321106"));
        List<String> people = answer.getList("data.people.edges.node.slug");
        assertEquals(List.of("boris-pistorius", "donald-trump", "elbridge-colby", "engjellushe-morina"),
                people.stream().filter(slug -> !slug.startsWith("test-")).toList(), "the seed's people, by name");
        assertEquals(people.size(), answer.getInt("data.people.totalCount"));
    }

    @Test
    void kforHasAUnMandateAbout4500TroopsAndAReportedUsWishToReduceIt() {
        JsonPath answer = query("""
                query {
                  mission(slug: "kfor") {
                    name mandate mandateSource { text } theatreActor { slug }
                    troopStrengths { troops approximate asOf { value } source { text } }
                    statusChanges { status realisation proposedBy { slug } statement { kind evidentialStatus } }
                    discussedIn { edges { stance node { slug speaker { slug } } } }
                  }
                }
                """);
        String m = "data.mission.";
        assertEquals("Kosovo Force", answer.getString(m + "name"));
        assertTrue(answer.getString(m + "mandate").contains("1244"));
        assertEquals("en place depuis 1999 sur la base d’un mandat de l’ONU",
                answer.getString(m + "mandateSource.text"));
        assertEquals("kosovo", answer.getString(m + "theatreActor.slug"));
        assertEquals(4500, answer.getInt(m + "troopStrengths[0].troops"));
        assertTrue(answer.getBoolean(m + "troopStrengths[0].approximate"), "\"Environ 4 500\"");
        assertTrue(answer.getString(m + "troopStrengths[0].source.text").startsWith("Environ 4 500 militaires"));
        assertEquals("DRAWING_DOWN", answer.getString(m + "statusChanges[1].status"));
        assertEquals("SIGNAL", answer.getString(m + "statusChanges[1].statement.kind"));
        assertEquals("REPORTED", answer.getString(m + "statusChanges[1].statement.evidentialStatus"),
                "\"auraient signalé\"");
        List<Map<String, Object>> discussed = answer.getList(m + "discussedIn.edges");
        assertTrue(discussed.stream().anyMatch(d -> d.get("stance").equals("SUPPORTS")
                && d.toString().contains("engjellushe-morina")), "Morina: the mission remains indispensable");
        assertTrue(discussed.stream().anyMatch(d -> d.get("stance").equals("OPPOSES")
                && d.toString().contains("united-states")));
    }

    @Test
    void natoIsFoundByAnyOfItsNamesAndHas32MembersDecidingByConsensus() {
        for (String name : List.of("OTAN", "nato", "Alliance atlantique",
                "Organisation du traite de l'Atlantique Nord")) {
            JsonPath answer = query("""
                    query($name: String!) {
                      alliance(name: $name) {
                        slug decisionRule decisionRuleSource { text document { slug } }
                        members { actor { slug } from { value } }
                        partners { actor { slug } category }
                        discussedIn(first: 100) { edges { node { slug reports { excerpt { text } } } } }
                      }
                    }
                    """, "name", name);
            assertEquals("nato", answer.getString("data.alliance.slug"), name);
            List<String> members = answer.getList("data.alliance.members.actor.slug");
            assertEquals(32, members.size());
            assertTrue(members.containsAll(List.of("united-states", "turkiye", "finland", "sweden", "germany")));
            assertEquals("2024-03-07", answer.getString("data.alliance.members[31].from.value"), "Sweden last");
            assertTrue(answer.getList("data.alliance.partners.actor.slug")
                    .containsAll(List.of("australia", "new-zealand", "japan", "south-korea", "ukraine")));
            assertTrue(
                    answer.getString("data.alliance.discussedIn").contains("nécessite l’accord des 32 États membres"),
                    "the consensus rule is traced to its sentence");
            assertEquals("Toute décision de lancement ou de clôture d’une opération nécessite l’accord des 32 États "
                    + "membres", answer.getString("data.alliance.decisionRuleSource.text"),
                    "the reference file's rule, supported by the article's sentence");
            assertEquals("000_ab42d079f1321106", answer.getString("data.alliance.decisionRuleSource.document.slug"));
        }
    }

    @Test
    void washingtonWantsUkraineAndTheIndoPacificPartnersKeptAwayFromTheAnkaraSummit() {
        JsonPath answer = query(
                """
                        query {
                          event(slug: "nato-summit-ankara-2026") {
                            kind place start { value } placeActor { slug }
                            discussedIn { edges { node { slug evidentialStatus speaker { slug } subjects { stance actor { slug } } } } }
                          }
                        }
                        """);
        assertEquals("SUMMIT", answer.getString("data.event.kind"));
        assertEquals("Ankara", answer.getString("data.event.place"));
        assertEquals("2026-07", answer.getString("data.event.start.value"));
        assertEquals("turkiye", answer.getString("data.event.placeActor.slug"));
        List<Map<String, Object>> statements = answer.getList("data.event.discussedIn.edges.node");
        Map<String, Object> ukraine = statements.stream()
                .filter(s -> s.get("slug").equals("us-against-inviting-ukraine-to-ankara-summit")).findFirst()
                .orElseThrow();
        assertEquals("REPORTED", ukraine.get("evidentialStatus"), "Selon Politico");
        assertTrue(ukraine.get("subjects").toString().contains("stance=OPPOSES, actor={slug=ukraine}"));
        Map<String, Object> indoPacific = statements.stream()
                .filter(s -> s.get("slug").equals("us-similar-position-on-indo-pacific-partners")).findFirst()
                .orElseThrow();
        assertEquals("REPORTED", indoPacific.get("evidentialStatus"), "\"concernerait\"");
        for (String partner : List.of("australia", "new-zealand", "japan", "south-korea")) {
            assertTrue(indoPacific.get("subjects").toString().contains("actor={slug=" + partner + "}"), partner);
        }
    }

    @Test
    void colbyCalledForNato30AtTheBrusselsMinisterialAsUnderSecretaryOfDefense() {
        JsonPath answer = query("""
                query {
                  actor(name: "Elbridge Colby") {
                    kind country { slug }
                    roles { title originalTitle organisation { slug } from { value } }
                    statements { edges { node { slug kind quote event { kind place } speakerRole { title } } } }
                  }
                }
                """);
        assertEquals("PERSON", answer.getString("data.actor.kind"));
        assertEquals("vice-secrétaire à la Défense", answer.getString("data.actor.roles[0].originalTitle"));
        assertEquals("us-department-of-defense", answer.getString("data.actor.roles[0].organisation.slug"));
        assertEquals("colby-calls-for-nato-3-0", answer.getString("data.actor.statements.edges[0].node.slug"));
        assertEquals("OTAN 3.0", answer.getString("data.actor.statements.edges[0].node.quote"));
        assertEquals("MINISTERIAL_MEETING", answer.getString("data.actor.statements.edges[0].node.event.kind"));
        assertEquals("Brussels", answer.getString("data.actor.statements.edges[0].node.event.place"));
        assertEquals("Under Secretary of Defense for Policy", answer.getString(
                "data.actor.statements.edges[0].node.speakerRole.title"));
    }

    @Test
    void aliasesAndSpellingVariantsFindTheirActor() {
        Map<String, String> expected = Map.of(
                "Washington", "united-states",
                "etats-unis", "united-states",
                "Bagdad", "iraq",
                "Baghdad", "iraq",
                "Angelushe Morina", "engjellushe-morina",
                "ECFR", "european-council-on-foreign-relations",
                "deux diplomates de l’OTAN", "two-nato-diplomats",
                "Turkey", "turkiye");
        expected.forEach((name, slug) -> assertEquals(slug,
                query("query($n: String!) { actor(name: $n) { slug } }", "n", name).getString("data.actor.slug"),
                name));
    }

    @Test
    void frenchConditionalsAreReportedNotConfirmed() {
        JsonPath answer = query(
                """
                        query { statements(first: 100) { edges { node { slug evidentialStatus reports { excerpt { text } } } } } }
                        """);
        List<Map<String, Object>> statements = answer.getList("data.statements.edges.node");
        assertFalse(statements.isEmpty());
        int conditionals = 0;
        for (Map<String, Object> statement : statements) {
            String excerpts = statement.get("reports").toString();
            if (excerpts.matches("(?s).*\\b(aurait|auraient|concernerait)\\b.*")) {
                conditionals++;
                assertEquals("REPORTED", statement.get("evidentialStatus"), statement.get("slug").toString());
            }
        }
        assertEquals(3, conditionals, "aurait demandé, auraient signalé, concernerait");
    }

    @Test
    void theDocumentListsItsReportsInTextOrder() {
        JsonPath answer = query(
                """
                        query { document(slug: "000_ab42d079f1321106") { language outlet { kind } textHash reports { totalCount edges { node { excerpt { start } } } } } }
                        """);
        assertEquals("fr", answer.getString("data.document.language"));
        assertEquals("MEDIA_OUTLET", answer.getString("data.document.outlet.kind"));
        assertEquals(64, answer.getString("data.document.textHash").length());
        List<Integer> starts = answer.getList("data.document.reports.edges.node.excerpt.start");
        assertEquals(26, starts.size(), "23 statements, 3 of them also in a heading");
        assertEquals(26, answer.getInt("data.document.reports.totalCount"));
        assertEquals(starts.stream().sorted().toList(), starts);
    }

    /** The article's two missions, in the order the list has them. */
    private static List<String> articleMissions(List<String> acronyms) {
        return acronyms.stream().filter(acronym -> "KFOR".equals(acronym) || "NMI".equals(acronym)).toList();
    }
}
