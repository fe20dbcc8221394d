package org.alliancegraph.document;

import java.util.List;

import org.alliancegraph.actor.ActorRepository;
import org.alliancegraph.actor.ActorView;
import org.alliancegraph.actor.PersonRoleView;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.GlobalId;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.graphql.Window;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class DocumentApi {

    private final DocumentRepository documents;
    private final ActorRepository actors;
    private final ExcerptRepository excerpts;

    DocumentApi(DocumentRepository documents, ActorRepository actors, ExcerptRepository excerpts) {
        this.actors = actors;
        this.excerpts = excerpts;
        this.documents = documents;
    }

    @Query("document")
    @Description("One source document, by id or by slug (give exactly one), with the statements it reports. Null "
            + "when there is none.")
    public Uni<DocumentView> document(@Id @Description("Id of the document.") String id,
            @Description("Slug of the document, e.g. \"000_ab42d079f1321106\".") String slug) {
        if ((id == null) == (slug == null)) {
            throw new BadUserInputException("document: give exactly one of id and slug");
        }
        return id != null
                ? documents.byKey(GlobalId.decode("id", id, "Document"))
                : documents.bySlug(slug);
    }

    @Query("documents")
    @Description("Source documents in the order they were loaded, paged with cursors: first/after forward, "
            + "last/before backward (last: 10 gives the ten loaded most recently), at most " + Window.MAX_PAGE_SIZE
            + " a page (20 when neither first nor last is given).")
    public Uni<@NonNull DocumentConnection> documents(@Description("Page size, reading forward.") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size, reading backward.") Integer last,
            @Description("Cursor before which the page ends.") String before) {
        Window window = Window.of("document", first, after, last, before, 20);
        return documents.page(window).map(rows -> {
            Window.Page<DocumentEdge> page = window.page(rows, DocumentView::rowId, DocumentEdge::new);
            return new DocumentConnection(page.edges(), page.pageInfo());
        });
    }

    @Description("The outlet that published the document.")
    public Uni<List<ActorView>> outlet(@Source List<DocumentView> parents) {
        return Batches.toOne(parents, DocumentView::outletId, DocumentView::joinedOutlet, actors::byKeys,
                ActorView::rowId);
    }

    @NonNull
    @Name("document")
    @Description("The document the excerpt is taken from.")
    public Uni<List<DocumentView>> excerptDocument(@Source List<ExcerptView> excerpts) {
        return Batches.toOne(excerpts, ExcerptView::documentId, documents::byKeys, DocumentView::rowId);
    }

    @Name("source")
    @Description("The excerpt that states the role, when a document does.")
    public Uni<List<ExcerptView>> roleSource(@Source List<PersonRoleView> roles) {
        return Batches.toOne(roles, PersonRoleView::sourceId, excerpts::byKeys, ExcerptView::rowId);
    }
}
