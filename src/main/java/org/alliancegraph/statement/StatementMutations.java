package org.alliancegraph.statement;

import org.alliancegraph.common.Place;
import org.alliancegraph.graphql.InputValidation;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.security.Access;
import org.alliancegraph.security.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.mutiny.Uni;

/** Editing statements. New statements come with their document, through ingestDocument. */
@GraphQLApi
@MappedErrors
public class StatementMutations {

    private static final Place INPUT = Place.argument("input");

    private final StatementService service;
    private final StatementRepository statements;
    private final Access access;
    private final InputValidation validation;

    StatementMutations(StatementService service, StatementRepository statements, Access access,
            InputValidation validation) {
        this.service = service;
        this.statements = statements;
        this.access = access;
        this.validation = validation;
    }

    @Mutation("updateStatement")
    @Description("Changes a statement's evidential status, kind, text or date, from the version the client read: if "
            + "it changed since, CONFLICT and nothing is written. Needs the editor role.")
    public Uni<@NonNull StatementView> updateStatement(@NonNull @Description("Slug of the statement.") String slug,
            @NonNull @Description("The statement's version the change was made from.") Integer expectedVersion,
            @NonNull @Description("The fields to change.") StatementUpdate input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        return service.update(slug, expectedVersion, input, author, INPUT)
                .chain(updated -> statements.read(updated.id));
    }

    @Mutation("deleteStatement")
    @Description("Deletes a statement with its subjects and reports; status changes it proposed keep their other "
            + "fields. NOT_FOUND when there is none. Returns the slug deleted. Needs the admin role.")
    public Uni<@NonNull String> deleteStatement(@NonNull @Description("Slug of the statement.") String slug) {
        access.require(Role.ADMIN);
        return service.delete(slug);
    }
}
