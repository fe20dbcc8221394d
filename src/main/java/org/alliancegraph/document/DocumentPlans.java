package org.alliancegraph.document;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.PlannedFields;

/** The document fields that read plans serve: the resolvers of {@link DocumentApi}, called for a whole level. */
@ApplicationScoped
class DocumentPlans implements PlannedFields {

    private final DocumentApi api;

    DocumentPlans(DocumentApi api) {
        this.api = api;
    }

    @Override
    public void register(Registry registry) {
        registry.batch("Document", "outlet", api::outlet);
        registry.batch("Excerpt", "document", api::excerptDocument);
        registry.batch("PersonRole", "source", api::roleSource);
    }
}
