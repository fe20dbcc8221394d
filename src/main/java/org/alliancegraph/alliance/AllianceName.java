package org.alliancegraph.alliance;

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
@Table(name = "alliance_name")
@Description("A name of an alliance in one language (\"NATO\", \"OTAN\", \"Alliance atlantique\").")
public class AllianceName extends LocalizedName implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    public Alliance alliance;
}
