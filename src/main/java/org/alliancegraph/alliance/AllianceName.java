package org.alliancegraph.alliance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.common.LocalizedName;

/** Alliance name as written: the write model; reads go through {@link AllianceNameView}. */
@Entity
@Table(name = "alliance_name")
public class AllianceName extends LocalizedName {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    public Alliance alliance;
}
