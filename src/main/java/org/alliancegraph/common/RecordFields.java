package org.alliancegraph.common;

/** The descriptions of the fields every record named and edited by people shows, shared by their read models. */
public final class RecordFields {

    public static final String SLUG = "Stable, human-readable key: lower-case words joined by hyphens, e.g. \"nato\", "
            + "\"kfor\", \"united-states\".";
    public static final String VERSION = "Revision of the record, raised by every change. An update names the version "
            + "it was made from (expectedVersion); if the record changed since, the update is refused with CONFLICT.";
    public static final String CREATED_BY = "Who created the record: the user of the editor's token, or \"seed\" for "
            + "records from seeds/.";
    public static final String CREATED_AT = "When the record was created.";
    public static final String UPDATED_BY = "Who last changed the record.";
    public static final String UPDATED_AT = "When the record last changed.";

    private RecordFields() {
    }
}
