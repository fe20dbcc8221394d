package org.alliancegraph.document;

import java.util.List;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.GlobalId;
import org.alliancegraph.graphql.References;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.statement.Report;
import org.alliancegraph.statement.StatementRepository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class DocumentApi {

    private final DocumentRepository documents;
    private final StatementRepository statements;

    DocumentApi(DocumentRepository documents, StatementRepository statements) {
        this.documents = documents;
        this.statements = statements;
    }

    @Query("document")
    @Description("One source document, by id or by slug (give exactly one), with the statements it reports. Null "
            + "when there is none.")
    public Uni<SourceDocument> document(@Id @Description("Id of the document.") String id,
            @Description("Slug of the document, e.g. \"000_ab42d079f1321106\".") String slug) {
        if ((id == null) == (slug == null)) {
            throw new BadUserInputException("document: give exactly one of id and slug");
        }
        return id != null
                ? documents.findByIdWithOutlet(GlobalId.decode("id", id, "Document"))
                : documents.findBySlug(slug);
    }

    @Query("documents")
    @Description("All source documents, in the order they were loaded.")
    public Uni<@NonNull List<@NonNull SourceDocument>> documents() {
        return documents.listInLoadOrder();
    }

    @Description("The outlet that published the document.")
    public Uni<List<Actor>> outlet(@Source List<SourceDocument> parents) {
        return References.resolve(parents, d -> d.outlet, Actor.class);
    }

    @NonNull
    @Description("The statements the document reports, in the order of their excerpts in the text.")
    public Uni<List<@NonNull List<@NonNull Report>>> reports(@Source List<SourceDocument> parents) {
        return statements.reportsOfDocuments(Batches.ids(parents))
                .map(rs -> Batches.group(parents, p -> p.id, rs, r -> References.idOf(r.document)));
    }

    @NonNull
    @Name("document")
    @Description("The document the excerpt is taken from.")
    public Uni<List<SourceDocument>> excerptDocument(@Source List<Excerpt> excerpts) {
        return References.resolve(excerpts, e -> e.document, SourceDocument.class);
    }
}
