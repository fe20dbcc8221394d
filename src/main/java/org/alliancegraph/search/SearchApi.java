package org.alliancegraph.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.alliancegraph.actor.ActorRepository;
import org.alliancegraph.actor.ActorView;
import org.alliancegraph.alliance.AllianceRepository;
import org.alliancegraph.alliance.AllianceView;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.document.DocumentRepository;
import org.alliancegraph.document.DocumentView;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.graphql.Window;
import org.alliancegraph.mission.MissionRepository;
import org.alliancegraph.mission.MissionView;
import org.alliancegraph.statement.StatementFilter;
import org.alliancegraph.statement.StatementRepository;
import org.alliancegraph.statement.StatementView;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class SearchApi {

    private final SearchRepository search;
    private final ActorRepository actors;
    private final AllianceRepository alliances;
    private final MissionRepository missions;
    private final StatementRepository statements;
    private final DocumentRepository documents;

    SearchApi(SearchRepository search, ActorRepository actors, AllianceRepository alliances,
            MissionRepository missions, StatementRepository statements, DocumentRepository documents) {
        this.search = search;
        this.actors = actors;
        this.alliances = alliances;
        this.missions = missions;
        this.statements = statements;
        this.documents = documents;
    }

    @Query("searchStatements")
    @Description("Full-text search of statements: their text and translation, the excerpts that support them, the "
            + "names and aliases of their speaker and subjects, the outlets that report them and the sources those "
            + "cite (\"Politico\", \"diplomates\"). French and English stemming, accents ignored, web-search syntax "
            + "(\"quoted phrases\", or, -excluded). Best first, a page at a time (the last hit's cursor as `after`). "
            + "A very common word is ranked among its first 2,000 matches that pass the filter, in storage order "
            + "(ALLIANCE_SEARCH_MAX_CANDIDATES): narrow it with more words or a filter.")
    public Uni<@NonNull List<@NonNull StatementHit>> searchStatements(
            @NonNull @Description("The words to find, e.g. \"missions Kosovo\", \"sommet Ankara\".") String query,
            @Description("Only statements that pass this filter, as in the lists.") StatementFilter filter,
            @Description("How many hits, 1 to 100.") @DefaultValue("20") int first,
            @Description("The cursor of the hit to continue after.") String after) {
        checkSearch(query, first);
        HitCursor cursor = HitCursor.decode(after, "after");
        return ranked(search.statements(query, filter, new SearchRepository.HitWindow(first, cursor)),
                statements::byKeys, StatementView::rowId, (statement, hit) -> new StatementHit(statement, hit.rank(),
                        hit.highlight(), new HitCursor(hit.rank(), hit.id()).encode()));
    }

    @Query("searchDocuments")
    @Description("Full-text search of source documents (title and text), in their own language, accents ignored. "
            + "Best first.")
    public Uni<@NonNull List<@NonNull DocumentHit>> searchDocuments(
            @NonNull @Description("The words to find.") String query,
            @Description("How many hits, 1 to 100.") @DefaultValue("20") int first) {
        checkSearch(query, first);
        return ranked(search.documents(query, first), documents::byKeys, DocumentView::rowId,
                (document, hit) -> new DocumentHit(document, hit.rank(), hit.highlight()));
    }

    @Query("searchNames")
    @Description("Fuzzy search of actors, alliances and missions by any of their names and aliases, tolerant of "
            + "typos and accents (\"Pistorus\", \"Turkiye\", \"OTAN\"). Most similar first, each entity once.")
    public Uni<@NonNull List<@NonNull NameHit>> searchNames(
            @NonNull @Description("The name to look for.") String query,
            @Description("How many hits, 1 to 100.") @DefaultValue("10") int first) {
        checkSearch(query, first);
        return search.names(query, 200).chain(rows -> {
            Map<String, SearchRepository.Named> best = new LinkedHashMap<>();
            rows.forEach(row -> best.putIfAbsent(row.kind() + ":" + row.id(), row));
            List<SearchRepository.Named> hits = new ArrayList<>(best.values()).subList(0,
                    Math.min(first, best.size()));
            return records(hits, "ACTOR", actors::byKeys, ActorView::rowId)
                    .chain(actorsById -> records(hits, "ALLIANCE", alliances::byKeys, AllianceView::rowId)
                            .chain(alliancesById -> records(hits, "MISSION", missions::byKeys, MissionView::rowId)
                                    .map(missionsById -> hits.stream()
                                            .map(hit -> new NameHit(hit.name(), hit.similarity(),
                                                    actorsById.get(hit.id(), hit.kind()),
                                                    alliancesById.get(hit.id(), hit.kind()),
                                                    missionsById.get(hit.id(), hit.kind())))
                                            .toList())));
        });
    }

    private static void checkSearch(String query, int first) {
        if (query.isBlank()) {
            throw new BadUserInputException("query must not be blank");
        }
        Window.checkSize("first", first);
    }

    /** The hits of a full-text search with their records, loaded in one statement, best first. */
    private static <T, H> Uni<List<H>> ranked(Uni<List<SearchRepository.Ranked>> search,
            Function<List<Long>, Uni<List<T>>> load, Function<T, Long> key,
            BiFunction<T, SearchRepository.Ranked, H> hit) {
        return search.chain(hits -> Batches.toOne(hits, SearchRepository.Ranked::id, load, key)
                .map(records -> IntStream.range(0, hits.size())
                        .mapToObj(i -> hit.apply(records.get(i), hits.get(i)))
                        .toList()));
    }

    /** The records of one kind of the name hits, by key, in one statement (none when no hit is of that kind). */
    private static <T> Uni<ByKey<T>> records(List<SearchRepository.Named> hits, String kind,
            Function<List<Long>, Uni<List<T>>> load, Function<T, Long> key) {
        List<Long> keys = hits.stream().filter(hit -> hit.kind().equals(kind)).map(SearchRepository.Named::id)
                .distinct().toList();
        Uni<List<T>> found = keys.isEmpty() ? Uni.createFrom().item(List.of()) : load.apply(keys);
        return found.map(records -> new ByKey<>(kind,
                records.stream().collect(Collectors.toMap(key, record -> record))));
    }

    /** Records of one kind by key. */
    private record ByKey<T>(String kind, Map<Long, T> records) {

        /** The record of a hit, when the hit is of this kind. */
        T get(long key, String hitKind) {
            return kind.equals(hitKind) ? records.get(key) : null;
        }
    }
}
