package org.alliancegraph.actor;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.common.DomainEntity;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "person_role")
@Description("A position a person holds or held, in an organisation or a state, over a period.")
public class PersonRole extends DomainEntity implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Actor person;

    @NonNull
    @Description("Key of the role, unique among the person's roles.")
    public String key;

    @NonNull
    @Description("The title in English, e.g. \"Federal Minister of Defence\".")
    public String title;

    @Description("The title as the source words it, e.g. \"ministre allemand de la Défense\".")
    public String originalTitle;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Actor organisation;

    @Description("When the person took the role.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "from_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "from_precision"))
    public PartialDate from;

    @Description("When the person left the role; null while they hold it.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "until_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "until_precision"))
    public PartialDate until;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
