package org.alliancegraph.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.Names;
import org.alliancegraph.graphql.Reads;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;

/**
 * PostgreSQL full-text and trigram search (migrations V2 and V7): statements and documents are matched in French,
 * English and unstemmed at once, accents ignored; names by trigram word similarity of their lookup keys.
 */
@ApplicationScoped
public class SearchRepository {

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

    /** The searched words as a query in every configuration the stored vectors use; accents removed. */
    private static final String MATCH = "(websearch_to_tsquery('french', immutable_unaccent(?1)) "
            + "|| websearch_to_tsquery('english', immutable_unaccent(?1)) "
            + "|| websearch_to_tsquery('simple', immutable_unaccent(?1)))";
    /** The same words with their accents, to highlight them in the original text. */
    private static final String SHOW = "(websearch_to_tsquery('french', ?1) || websearch_to_tsquery('english', ?1) "
            + "|| websearch_to_tsquery('simple', ?1))";

    /**
     * The best statements by their search document (migration V7: text and translation, supporting excerpts, names of
     * the speaker and subjects, reporting outlets and cited sources). Only the first
     * {@code alliance.search.max-candidates} matches the index scan yields are ranked (in table order, about the oldest
     * first: an order by id would read every match first), so that a common word costs the same at any size; only the
     * returned ones are highlighted.
     */
    public Uni<List<Ranked>> statements(String words, int limit) {
        return reads.nativeList("with q as (select " + MATCH + " as match, " + SHOW + " as show), "
                + "candidates as (select s.id, s.lang, s.text, s.search_document from statement s, q "
                + "where s.search_document @@ q.match limit ?3), "
                + "best as (select c.id, c.lang, c.text, ts_rank(c.search_document, q.match)::float8 as rank "
                + "from candidates c, q order by rank desc, c.id limit ?2) "
                + "select best.id, best.rank, ts_headline(search_config(best.lang), best.text, q.show, "
                + "'StartSel=<mark>, StopSel=</mark>, HighlightAll=true') from best, q order by best.rank desc, best.id",
                SearchRepository::ranked, words, limit, maxCandidates);
    }

    /** The best documents: every match is ranked, only the returned ones are highlighted. */
    public Uni<List<Ranked>> documents(String words, int limit) {
        return reads.nativeList("with q as (select " + MATCH + " as match, " + SHOW + " as show), "
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
