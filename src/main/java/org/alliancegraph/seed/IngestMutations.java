package org.alliancegraph.seed;

import java.nio.charset.StandardCharsets;

import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.document.DocumentRepository;
import org.alliancegraph.document.IngestOutcome;
import org.alliancegraph.document.IngestResult;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.security.Access;
import org.alliancegraph.security.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.mutiny.Uni;

/** ingestDocument: a document and its annotations stored through the seed loader, as a seed file is. */
@GraphQLApi
@MappedErrors
public class IngestMutations {

    private final SeedLoader loader;
    private final DocumentRepository documents;
    private final Access access;

    IngestMutations(SeedLoader loader, DocumentRepository documents, Access access) {
        this.loader = loader;
        this.documents = documents;
        this.access = access;
    }

    @Mutation("ingestDocument")
    @Description("Stores a source document with all its annotations (actors, missions, statements with their excerpts, "
            + "...) in one transaction, by the same code as the seed files. Idempotent by the text: the same text with "
            + "the same annotations changes nothing (UNCHANGED); with other annotations, the records they name are "
            + "written over (STORED). Any error rejects the whole call and stores nothing. Needs the editor role.")
    public Uni<@NonNull IngestResult> ingestDocument(
            @NonNull @Description("The document's full text: excerpt offsets count its code points.") String text,
            @NonNull @Description("The annotations, in YAML or JSON, in the format of a seed file (seeds/README.md); "
                    + "document.file is not needed.") String annotations) {
        String author = access.require(Role.EDITOR);
        return loader.ingest(annotations.getBytes(StandardCharsets.UTF_8), text, author)
                .onFailure(SeedException.class)
                .transform(failure -> {
                    SeedException e = (SeedException) failure;
                    return new BadUserInputException("annotations" + e.location() + ": " + e.problem(),
                            "annotations" + e.location());
                })
                .chain(result -> documents.bySlug(result.document())
                        .map(document -> new IngestResult(result.outcome() == SeedLoader.Outcome.UNCHANGED
                                ? IngestOutcome.UNCHANGED
                                : IngestOutcome.STORED, document)));
    }
}
