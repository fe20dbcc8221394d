package org.alliancegraph.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.alliancegraph.graphql.GlobalId;
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.hibernate.Hibernate;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * Base of every stored record: a database identity key, shown to GraphQL clients only inside a global id
 * ({@link Node}).
 */
@MappedSuperclass
public abstract class DomainEntity extends PanacheEntityBase implements Node {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Override
    public String getNodeId() {
        return GlobalId.encode(NodeTypes.nameOf(Hibernate.getClass(this)), id);
    }
}
