package org.alliancegraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.common.DomainEntity;
import org.alliancegraph.document.SourceDocument;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.graphql.Window;
import org.alliancegraph.mission.Mission;
import org.alliancegraph.statement.Statement;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class SearchApi {

    private final SearchRepository search;

    SearchApi(SearchRepository search) {
        this.search = search;
    }

    @Query("searchStatements")
    @Description("Full-text search of statements in their own language and in their translation: French and English "
            + "stemming, accents ignored, web-search syntax (\"quoted phrases\", or, -excluded). Best first.")
    public Uni<@NonNull List<@NonNull StatementHit>> searchStatements(
            @NonNull @Description("The words to find, e.g. \"missions Kosovo\", \"sommet Ankara\".") String query,
            @Description("How many hits, 1 to 100.") @DefaultValue("20") int first) {
        checkSearch(query, first);
        return ranked(search.statements(query, first), Statement.class,
                (statement, hit) -> new StatementHit(statement, hit.rank(), hit.highlight()));
    }

    @Query("searchDocuments")
    @Description("Full-text search of source documents (title and text), in their own language, accents ignored. "
            + "Best first.")
    public Uni<@NonNull List<@NonNull DocumentHit>> searchDocuments(
            @NonNull @Description("The words to find.") String query,
            @Description("How many hits, 1 to 100.") @DefaultValue("20") int first) {
        checkSearch(query, first);
        return ranked(search.documents(query, first), SourceDocument.class,
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
            return load(Actor.class, ofKind(hits, "ACTOR"), SearchRepository.Named::id)
                    .chain(actors -> load(Alliance.class, ofKind(hits, "ALLIANCE"), SearchRepository.Named::id)
                            .chain(alliances -> load(Mission.class, ofKind(hits, "MISSION"),
                                    SearchRepository.Named::id)
                                    .map(missions -> hits.stream()
                                            .map(hit -> new NameHit(hit.name(), hit.similarity(),
                                                    hit.kind().equals("ACTOR") ? actors.get(hit.id()) : null,
                                                    hit.kind().equals("ALLIANCE") ? alliances.get(hit.id()) : null,
                                                    hit.kind().equals("MISSION") ? missions.get(hit.id()) : null))
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
    private static <T extends DomainEntity, H> Uni<List<H>> ranked(Uni<List<SearchRepository.Ranked>> search,
            Class<T> type, BiFunction<T, SearchRepository.Ranked, H> hit) {
        return search.chain(hits -> load(type, hits, SearchRepository.Ranked::id)
                .map(byId -> hits.stream().map(h -> hit.apply(byId.get(h.id()), h)).toList()));
    }

    private static List<SearchRepository.Named> ofKind(List<SearchRepository.Named> hits, String kind) {
        return hits.stream().filter(hit -> hit.kind().equals(kind)).toList();
    }

    /** The records behind the hits, by id, in one statement (none when there are no hits). */
    private static <T extends DomainEntity, H> Uni<Map<Long, T>> load(Class<T> type, List<H> hits,
            Function<H, Long> id) {
        if (hits.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.find(type, hits.stream().map(id).distinct().toArray()))
                .map(found -> {
                    Map<Long, T> byId = new HashMap<>();
                    found.forEach(entity -> byId.put(entity.id, entity));
                    return byId;
                });
    }
}
