package org.alliancegraph.actor;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.common.LocalizedName;

/** Actor name as written: the write model; reads go through {@link ActorNameView}. */
@Entity
@Table(name = "actor_name")
public class ActorName extends LocalizedName {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;
}
