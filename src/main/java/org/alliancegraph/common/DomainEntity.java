package org.alliancegraph.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.MappedSuperclass;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** Base of every stored record: a database identity key, exposed to GraphQL as an opaque {@code ID}. */
@MappedSuperclass
public abstract class DomainEntity extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Id
    @NonNull
    @Description("Stable identifier of this record.")
    public Long id;
}
