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

/** Person role as written: the write model; reads go through {@link PersonRoleView}. */
@Entity
@Table(name = "person_role")
public class PersonRole extends DomainEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Actor person;

    public String key;

    public String title;

    public String originalTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Actor organisation;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "from_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "from_precision"))
    public PartialDate from;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "until_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "until_precision"))
    public PartialDate until;

    /**
     * The id of the excerpt that states the role (package document), by id rather than as an entity: the actor package
     * does not depend on the documents that cite it.
     */
    @Column(name = "excerpt_id")
    public Long sourceId;
}
