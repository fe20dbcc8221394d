package org.alliancegraph.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.Names;
import org.alliancegraph.graphql.Reads;
import org.alliancegraph.graphql.Row;
import org.alliancegraph.statement.StatementFilter;
import org.alliancegraph.statement.Where;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;

/**
 * PostgreSQL full-text and trigram search (migrations V2 and V7): statements and documents are matched in French,
 * English and unstemmed at once, accents ignored; names by trigram word similarity of their lookup keys.
 */
@ApplicationScoped
public class SearchRepository {

    /** How many statement ids make an era of the search index: the divisor of migration V11's index expression. */
    static final int ERA = 65536;

    private final Reads reads;
    private final int maxCandidates;

    SearchRepository(Reads reads, @ConfigProperty(name = "alliance.search.max-candidates") int maxCandidates) {
        this.reads = reads;
        this.maxCandidates = maxCandidates;
    }

    /** A match: the record's id, its rank and a highlighted passage. */
    public record Ranked(long id, double rank, String highlight) {
    }

    /** A name match: what matched (ACTOR, ALLIANCE or MISSION), its id, the name and its similarity. */
    public record Named(String kind, long id, String name, double similarity) {
    }

    /** A page of statement matches: up to {@code limit} after the hit {@code after} points at (none: from the best). */
    public record HitWindow(int limit, HitCursor after) {
    }

    /** The searched words (at placeholder {@code words}) as a query in every configuration the stored vectors use. */
    private static String match(String words) {
        String unaccented = "immutable_unaccent(" + words + ")";
        return "(websearch_to_tsquery('french', " + unaccented + ") || websearch_to_tsquery('english', " + unaccented
                + ") || websearch_to_tsquery('simple', " + unaccented + "))";
    }

    /** The same words with their accents, to highlight them in the original text. */
    private static String show(String words) {
        return "(websearch_to_tsquery('french', " + words + ") || websearch_to_tsquery('english', " + words
                + ") || websearch_to_tsquery('simple', " + words + "))";
    }

    /**
     * The best statements that the filter lets through, by their search document (migration V7: text and translation,
     * supporting excerpts, names of the speaker and subjects, reporting outlets and cited sources). Only the first
     * {@code alliance.search.max-candidates} matches that pass the filter are ranked, the newest first: the index
     * (migration V11) is read one era of {@value #ERA} statement ids (a lexeme of the indexed document) at a time,
     * newest era first, until the cap is reached, so that a common word costs the same at any size (an order by id
     * would read every match first); only the returned ones are highlighted. A page after a hit continues in rank order
     * (rank, then id), as long as the matches do not change.
     * <p>
     * The cap is written into the SQL, not bound: the client caches the prepared statement, and after five executions
     * PostgreSQL may plan it once for any parameters, taking an unknown LIMIT for a tenth of the table; it then scans
     * the table instead of the index (141 ms instead of 20 at 100,000 statements, docs/benchmarks.md).
     */
    public Uni<List<Ranked>> statements(String words, StatementFilter filter, HitWindow window) {
        Where where = Where.sql(filter);
        String text = where.parameter(words);
        String after = "true";
        if (window.after() != null) {
            String rank = where.parameter(window.after().rank());
            after = "(rank < " + rank + " or (rank = " + rank + " and id > " + where.parameter(window.after().id())
                    + "))";
        }
        return reads.nativeList("with q as (select " + match(text) + " as match, " + show(text) + " as show), "
                + "candidates as (select c.* from q, generate_series((select max(id) from statement) / " + ERA
                + ", 0, -1) e(era), lateral (select s.id, s.lang, s.text, s.search_document from statement s "
                + "where numnode(q.match) > 0 and (s.search_document || statement_search_era(s.id)) @@ (q.match && "
                + "statement_search_era_query(e.era)) and " + where.all()
                + " limit " + maxCandidates + ") c limit " + maxCandidates + "), "
                + "ranked as (select c.id, c.lang, c.text, ts_rank(c.search_document, q.match)::float8 as rank "
                + "from candidates c, q), "
                + "best as (select * from ranked where " + after + " order by rank desc, id limit "
                + where.parameter(window.limit()) + ") "
                + "select best.id, best.rank, ts_headline(search_config(best.lang), best.text, q.show, "
                + "'StartSel=<mark>, StopSel=</mark>, HighlightAll=true') from best, q order by best.rank desc, best.id",
                SearchRepository::ranked, where.parameters());
    }

    /** The best documents: every match is ranked, only the returned ones are highlighted. */
    public Uni<List<Ranked>> documents(String words, int limit) {
        return reads.nativeList("with q as (select " + match("?1") + " as match, " + show("?1") + " as show), "
                + "best as (select d.id, d.language, d.body, ts_rank(d.search_vector, q.match)::float8 as rank "
                + "from source_document d, q where d.search_vector @@ q.match order by rank desc, d.id limit ?2) "
                + "select best.id, best.rank, ts_headline(search_config(best.language), best.body, q.show, "
                + "'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') from best, q "
                + "order by best.rank desc, best.id", SearchRepository::ranked, words, limit);
    }

    /**
     * Names of actors, alliances and missions that resemble the text (pg_trgm word similarity of at least 0.6, the
     * {@code <%} operator's threshold), best first; one entity may come several times, once per matching name.
     */
    public Uni<List<Named>> names(String text, int limit) {
        String mission = "lower(immutable_unaccent(m.name || ' ' || coalesce(m.acronym, '')))";
        return reads.nativeList("select kind, id, name, score from ("
                + "select 'ACTOR' as kind, n.actor_id as id, n.name, word_similarity(?1, n.name_key)::float8 as score "
                + "from actor_name n where ?1 <% n.name_key "
                + "union all select 'ALLIANCE', n.alliance_id, n.name, word_similarity(?1, n.name_key)::float8 "
                + "from alliance_name n where ?1 <% n.name_key "
                + "union all select 'MISSION', m.id, m.name, word_similarity(?1, " + mission + ")::float8 "
                + "from mission m where ?1 <% " + mission
                + ") hits order by score desc, kind, id limit ?2",
                row -> new Named(row.next(), row.nextLong(), row.next(), row.<Number>next().doubleValue()),
                Names.key(text), limit);
    }

    private static Ranked ranked(Row row) {
        return new Ranked(row.nextLong(), row.<Number>next().doubleValue(), row.next());
    }
}
