package org.alliancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Global object identification: every record has an opaque id that {@code node(id:)} resolves (Relay, Apollo). Read
 * models implement it with their key, {@link #rowId()}; the id carries their GraphQL type name.
 */
@Interface("Node")
@Description("A record with a global id, which node(id:) fetches again whatever its type.")
public interface Node {

    @Id
    @NonNull
    @Name("id")
    @Description("Global, opaque identifier of this record; stable across requests.")
    default String getNodeId() {
        return GlobalId.encode(GlobalId.typeName(getClass()), rowId());
    }

    /** The record's key in its table. */
    long rowId();
}
