package org.alliancegraph.actor;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.NodeReader;
import org.alliancegraph.graphql.Reads;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PersonRoleRepository implements PanacheRepository<PersonRole>, NodeReader {

    private static final String VIEW = "select " + PersonRoleView.select("r") + " from PersonRole r ";

    private final Reads reads;

    PersonRoleRepository(Reads reads) {
        this.reads = reads;
    }

    /** The roles of the people, by person. */
    public Uni<List<PersonRoleView>> ofPeople(List<Long> personIds) {
        return reads.list(VIEW + "where r.person.id in ?1 order by r.person.id, r.id", PersonRoleView::from,
                personIds);
    }

    /** The person's role of this key, for writes; null when the person has none. */
    public Uni<PersonRole> findByKey(Actor person, String key) {
        return find("person = ?1 and key = ?2", person, key).firstResult();
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("PersonRole", this::read);
    }

    public Uni<PersonRoleView> read(long key) {
        return reads.first(VIEW + "where r.id = ?1", PersonRoleView::from, key);
    }
}
