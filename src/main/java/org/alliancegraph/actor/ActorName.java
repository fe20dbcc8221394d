package org.alliancegraph.actor;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.common.LocalizedName;
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

@Entity
@Table(name = "actor_name")
@Description("A name, translation or alias of an actor (\"Washington\" and \"États-Unis\" for the United States).")
public class ActorName extends LocalizedName implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;
}
