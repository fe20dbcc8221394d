package org.alliancegraph.statement;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.actor.PersonRole;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.SluggedEntity;
import org.alliancegraph.event.Event;

/** Statement as written: the write model; reads go through {@link StatementView}. */
@Entity
@Table(name = "statement")
public class Statement extends SluggedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Actor speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_role_id")
    public PersonRole speakerRole;

    @Enumerated(EnumType.STRING)
    public StatementKind kind;

    @Enumerated(EnumType.STRING)
    public EvidentialStatus evidentialStatus;

    public String text;

    public String lang;

    public String quote;

    public String translation;

    public String translationLang;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "said_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "said_precision"))
    public PartialDate said;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;

    /**
     * The date lists are filtered and counted by: when it was said, or else when the first document reporting it was
     * published. Kept by whoever writes the statement or its reports (the seed loader).
     */
    public LocalDate dated;
}
