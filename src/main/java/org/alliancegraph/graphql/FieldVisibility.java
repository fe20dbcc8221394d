package org.alliancegraph.graphql;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

import graphql.introspection.Introspection;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

/**
 * Every field visible, and introspection answered or refused as {@code alliance.field-visibility} says ({@code default}
 * or {@code no-introspection}); refused in graphql-java itself, which looks once per operation at its root fields and
 * answers {@code __schema} and {@code __type} with an {@code IntrospectionDisabled} error, on every transport.
 *
 * <p>
 * Workaround for SmallRye GraphQL 2.17.0 (Quarkus 3.33.2): its {@code Bootstrap.getGraphqlFieldVisibility} turns every
 * value of {@code quarkus.smallrye-graphql.field-visibility} but {@code no-introspection} into a list of patterns, its
 * default {@code "default"} included, so the schema gets graphql-java's pattern-based {@code BlockedFields}, which
 * builds the field's qualified name and matches a regular expression on every field fetched ({@code no-introspection}
 * installs the same with the pattern {@code __.*}): about 4 % of the CPU and 7 % of the allocation of a 4,000-statement
 * dashboard (docs/benchmarks.md). This service, called by SmallRye before it builds the schema, rebuilds it with
 * graphql-java's default visibility. Remove it when SmallRye maps "default" to the default visibility;
 * {@code PlainFieldsTest} checks the visibility in place.
 */
@RegisterForReflection
public class FieldVisibility implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        String visibility = ConfigProvider.getConfig().getValue("alliance.field-visibility", String.class);
        switch (visibility) {
            case "default" -> Introspection.enabledJvmWide(true);
            case "no-introspection" -> Introspection.enabledJvmWide(false);
            default -> throw new IllegalStateException("alliance.field-visibility (ALLIANCE_FIELD_VISIBILITY) is "
                    + "default or no-introspection, not " + visibility);
        }
        GraphQLSchema schema = builder.build();
        return GraphQLSchema.newSchema(schema).codeRegistry(schema.getCodeRegistry()
                .transform(
                        registry -> registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)));
    }
}
