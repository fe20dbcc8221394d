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
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "statement")
@Description("What an actor said, demanded or reportedly signalled, with its stance on each subject and the "
        + "documents that report it.")
public class Statement extends SluggedEntity implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Actor speaker;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_role_id")
    public PersonRole speakerRole;

    @NonNull
    @Description("The kind of speech act.")
    @Enumerated(EnumType.STRING)
    public StatementKind kind;

    @NonNull
    @Description("Whether the statement is confirmed or only reported.")
    @Enumerated(EnumType.STRING)
    public EvidentialStatus evidentialStatus;

    @NonNull
    @Description("What was said, in the original language.")
    public String text;

    @NonNull
    @Description("BCP 47 language tag of the text.")
    public String lang;

    @Description("The speaker's own words when the source quotes them, e.g. \"indispensable\".")
    public String quote;

    @Description("The text translated, when a translation is present.")
    public String translation;

    @Description("BCP 47 language tag of the translation.")
    public String translationLang;

    @Description("When it was said, as precisely as known.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "said_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "said_precision"))
    public PartialDate said;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;

    /**
     * The date lists are filtered and counted by: when it was said, or else when the first document reporting it was
     * published. Kept by whoever writes the statement or its reports (the seed loader).
     */
    @Ignore
    public LocalDate dated;
}
