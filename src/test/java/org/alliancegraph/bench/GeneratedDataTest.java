package org.alliancegraph.bench;

import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.support.GeneratedDataProfile;
import org.alliancegraph.support.SqlStatements;
import org.alliancegraph.support.SqlStatements.Counted;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Lists, filters, aggregates and search on a small data set from the benchmark's generator (bench/generate.sql), each
 * answer checked against SQL written independently of the application's queries.
 */
@QuarkusTest
@TestProfile(GeneratedDataProfile.class)
class GeneratedDataTest {

    private static final int STATEMENTS = 3000;
    private static boolean generated;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @BeforeEach
    void generateOnce() throws IOException, SQLException {
        if (generated) {
            return;
        }
        String script = Files.readString(Path.of("bench/generate.sql"))
                .replace("\\set ON_ERROR_STOP on", "")
                .replace(":statements", Integer.toString(STATEMENTS));
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            statement.execute(script);
        }
        generated = true;
    }

    @Test
    void aFilteredPageAndItsCountAreThoseOfSql() {
        List<List<Object>> pair = busiestReportedPair();
        String speaker = (String) pair.get(0).get(0);
        String mission = (String) pair.get(0).get(1);
        List<Object> expected = column(sql("""
                select s.slug from statement s join actor a on a.id = s.speaker_id
                where a.slug = ? and s.evidential_status = 'REPORTED' and exists (select 1 from statement_subject ss
                  join mission m on m.id = ss.mission_id where ss.statement_id = s.id and m.slug = ?)
                order by s.id desc
                """, speaker, mission));
        assertTrue(expected.size() > 3, "the most frequent pair has a few statements");

        Map<String, Object> filter = Map.of("speakers", List.of(speaker), "evidentialStatuses", List.of("REPORTED"),
                "about", Map.of("mission", mission));
        List<Object> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = query("""
                    query($filter: StatementFilter, $after: String) {
                      statements(filter: $filter, orderBy: NEWEST_FIRST, first: 3, after: $after) {
                        totalCount edges { node { slug } } pageInfo { hasNextPage endCursor }
                      }
                    }
                    """, "filter", filter, "after", after);
            assertEquals(expected.size(), page.getInt("data.statements.totalCount"));
            paged.addAll(page.getList("data.statements.edges.node.slug"));
            more = page.getBoolean("data.statements.pageInfo.hasNextPage");
            after = page.getString("data.statements.pageInfo.endCursor");
        }
        assertEquals(expected, paged);
    }

    @Test
    void aFilteredPageIsOneStatementThatReadsTheSpeakersIndexInIdOrderAndStops() {
        List<List<Object>> pair = busiestReportedPair();
        Counted<JsonPath> counted = SqlStatements.count(() -> query("""
                query($filter: StatementFilter) {
                  statements(filter: $filter, orderBy: NEWEST_FIRST, first: 3) { edges { node { slug text } } }
                }
                """, "filter", Map.of("speakers", List.of(pair.get(0).get(0)), "evidentialStatuses",
                List.of("REPORTED"), "about", Map.of("mission", pair.get(0).get(1)))));
        assertEquals(1, counted.count(), counted.statements()::toString);
        String plan = plan(counted.statements().get(0), pair.get(0).get(0), pair.get(0).get(1), "REPORTED", 4);
        assertTrue(plan.contains("Index Scan Backward using statement_speaker_status_idx"), plan);
        assertTrue(plan.startsWith("Limit") && !plan.contains("Sort"), "read in id order, no sort: " + plan);
    }

    @Test
    void monthlyCountsAboutAMissionReadTheRollupsMonthTotals() {
        Counted<JsonPath> counted = SqlStatements.count(() -> query("""
                query { statementCounts(period: MONTH, filter: { about: { mission: "bench-mission-0" } }) { count } }
                """));
        assertEquals(1, counted.count(), counted.statements()::toString);
        String sql = counted.statements().get(0);
        assertTrue(sql.contains("statement_rollup") && sql.contains("'month_total'") && !sql.contains(" statement "),
                sql);
    }

    @Test
    void monthlyCountsAreThoseOfSql() {
        List<List<Object>> expected = sql("""
                select to_char(date_trunc('month', s.dated), 'YYYY-MM-DD'), count(*) from statement s
                where exists (select 1 from statement_subject ss join mission m on m.id = ss.mission_id
                              where ss.statement_id = s.id and m.slug = 'bench-mission-0')
                  and s.dated between date '2020-03-01' and date '2020-08-31'
                group by 1 order by 1
                """);
        JsonPath answer = query("""
                query {
                  statementCounts(period: MONTH, filter: { about: { mission: "bench-mission-0" },
                                                           from: "2020-03", until: "2020-08" }) { start count }
                }
                """);
        assertFalse(expected.isEmpty());
        assertEquals(column(expected, 0), answer.getList("data.statementCounts.start"));
        assertEquals(column(expected, 1).stream().map(c -> ((Number) c).intValue()).toList(),
                answer.getList("data.statementCounts.count"));
    }

    @Test
    void topSpeakersAndStanceSummaryAreThoseOfSql() {
        String about = """
                exists (select 1 from statement_subject ss join mission m on m.id = ss.mission_id
                        where ss.statement_id = s.id and m.slug = 'bench-mission-1')
                """;
        List<List<Object>> speakers = sql("select a.slug, count(*) from statement s join actor a on a.id = "
                + "s.speaker_id where " + about + " group by a.slug, a.id order by count(*) desc, a.id limit 5");
        JsonPath answer = query("""
                query {
                  topSpeakers(filter: { about: { mission: "bench-mission-1" } }, first: 5) { actor { slug } count }
                  mission(slug: "bench-mission-1") { stanceSummary { stance evidentialStatus count } }
                }
                """);
        assertEquals(column(speakers, 0), answer.getList("data.topSpeakers.actor.slug"));
        assertEquals(column(speakers, 1).stream().map(c -> ((Number) c).intValue()).toList(),
                answer.getList("data.topSpeakers.count"));

        List<List<Object>> stances = sql("""
                select ss.stance, s.evidential_status, count(*) from statement_subject ss
                join statement s on s.id = ss.statement_id join mission m on m.id = ss.mission_id
                where m.slug = 'bench-mission-1' group by 1, 2 order by 1, 2
                """);
        Map<String, Integer> expected = new HashMap<>();
        stances.forEach(row -> expected.put(row.get(0) + "/" + row.get(1), ((Number) row.get(2)).intValue()));
        Map<String, Integer> actual = new HashMap<>();
        List<Map<String, Object>> summary = answer.getList("data.mission.stanceSummary");
        summary.forEach(c -> actual.put(c.get("stance") + "/" + c.get("evidentialStatus"), (Integer) c.get("count")));
        assertEquals(expected, actual);
    }

    @Test
    void theDashboardQueryIsRightForEveryMissionInOneStatementPerLevel() {
        Counted<JsonPath> counted = SqlStatements.count(() -> query("""
                query {
                  alliances {
                    slug
                    missions {
                      slug
                      discussedIn(first: 5, orderBy: NEWEST_FIRST) { edges { stance node { slug speaker { slug } } } }
                    }
                  }
                }
                """));
        assertTrue(counted.count() <= 4, () -> "alliances, missions, pages: " + counted.statements());
        List<List<Object>> rows = sql("""
                select m.slug, s.slug from mission m cross join lateral (
                  select st.slug from statement_subject ss join statement st on st.id = ss.statement_id
                  where ss.mission_id = m.id order by st.id desc limit 5) s
                order by m.slug, s.slug
                """);
        Map<String, List<String>> expected = new HashMap<>();
        rows.forEach(r -> expected.computeIfAbsent((String) r.get(0), m -> new ArrayList<>()).add((String) r.get(1)));
        Map<String, List<String>> actual = new HashMap<>();
        List<Map<String, Object>> missions = counted.result().getList("data.alliances.missions.flatten()");
        assertTrue(missions.size() >= 200);
        for (Map<String, Object> mission : missions) {
            @SuppressWarnings("unchecked")
            List<Map<String, Map<String, Object>>> edges = (List<Map<String, Map<String, Object>>>) ((Map<String, Object>) mission
                    .get("discussedIn")).get("edges");
            if (!edges.isEmpty()) {
                actual.put((String) mission.get("slug"),
                        edges.stream().map(e -> (String) e.get("node").get("slug")).sorted().toList());
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void searchFindsBothWordsAccentsIgnoredBestFirst() {
        JsonPath answer = query("""
                query { searchStatements(query: "securite kosovo", first: 20) { rank highlight statement { text } } }
                """);
        List<String> texts = answer.getList("data.searchStatements.statement.text");
        assertEquals(20, texts.size());
        for (String text : texts) {
            String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            assertTrue(plain.contains("kosovo") && plain.contains("securit"), text);
        }
        List<Float> ranks = answer.getList("data.searchStatements.rank", Float.class);
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i) <= ranks.get(i - 1), "best first: " + ranks);
        }
        assertTrue(answer.getString("data.searchStatements[0].highlight").contains("<mark>"));
    }

    @Test
    void searchReadsTheIndexOneEraAtATimeNewestFirst() {
        Counted<JsonPath> counted = SqlStatements.count(() -> query("""
                query { searchStatements(query: "securite kosovo", first: 5) { rank } }
                """));
        String search = counted.statements().get(0);
        assertTrue(search.contains("statement_search_era_query"), search);
        String words = "securite kosovo";
        String plan = plan(search, words, words, words, words, words, words, 5);
        assertTrue(plan.contains("Function Scan on generate_series e"), plan);
        assertTrue(plan.contains("Bitmap Index Scan on statement_search_era_idx") && plan.contains(
                "Index Cond: ((search_document || statement_search_era(id)) @@ (")
                && plan.contains(" && statement_search_era_query(e.era)))"), "the era in the index: " + plan);
    }

    @Test
    void aMistypedNameFindsItsActorFirst() {
        JsonPath answer = query("query { searchNames(query: \"Bench actr 42\", first: 3) { actor { slug } } }");
        assertEquals("bench-actor-42", answer.getString("data.searchNames[0].actor.slug"));
    }

    /** The speaker and mission with the most reported statements about it: (speaker slug, mission slug). */
    private List<List<Object>> busiestReportedPair() {
        return sql("""
                select a.slug, m.slug from statement s join actor a on a.id = s.speaker_id
                join statement_subject ss on ss.statement_id = s.id join mission m on m.id = ss.mission_id
                where s.evidential_status = 'REPORTED' group by a.slug, m.slug order by count(*) desc, 1, 2 limit 1
                """);
    }

    /** The generic plan (as a prepared statement's after a few executions) of the SQL with these parameters. */
    private String plan(String query, Object... parameters) {
        StringBuilder plan = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Object parameter : parameters) {
            values.append(values.isEmpty() ? "" : ", ")
                    .append(parameter instanceof String text ? "'" + text.replace("'", "''") + "'" : parameter);
        }
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            statement.execute("set plan_cache_mode = force_generic_plan");
            statement.execute("prepare planned as " + query);
            try (ResultSet rows = statement.executeQuery("explain (costs off) execute planned(" + values + ")")) {
                while (rows.next()) {
                    plan.append(rows.getString(1).strip()).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
        return plan.toString();
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password.orElse(""));
        try (var statement = connection.createStatement()) {
            statement.execute("set search_path = alliance");
        }
        return connection;
    }

    private List<List<Object>> sql(String query, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static List<Object> column(List<List<Object>> rows) {
        return column(rows, 0);
    }

    private static List<Object> column(List<List<Object>> rows, int index) {
        return rows.stream().map(row -> row.get(index)).toList();
    }
}
