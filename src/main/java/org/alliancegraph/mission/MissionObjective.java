package org.alliancegraph.mission;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.common.DomainEntity;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "mission_objective")
@Description("One of a mission's objectives, as its source states it.")
public class MissionObjective extends DomainEntity implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    public Mission mission;

    @Description("Order among the mission's objectives, from 0.")
    public int position;

    @NonNull
    @Description("The objective in the source's language.")
    public String text;

    @NonNull
    @Description("BCP 47 language tag of the text.")
    public String lang;

    @Description("The objective in English, when the text is in another language.")
    public String translation;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
