package org.alliancegraph.policy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.inject.spi.CDI;

import org.alliancegraph.policy.OperationPolicy.Admission;
import org.alliancegraph.policy.OperationPolicy.Operation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.ParserOptions;

/**
 * The policy where every operation goes through, whatever its transport: the engine takes its documents from here. An
 * operation the HTTP front door admitted already ({@link OperationPolicy#ADMITTED} in graphql-java's context) runs the
 * document the policy checked; any other (the WebSocket's {@code subscribe}, which carries queries and mutations too)
 * is admitted here first, with the same checks and codes, its lease on the budget given back when its execution ends. A
 * refusal is the operation's result: its errors, no data.
 *
 * <p>
 * SmallRye parses a document once more before the engine asks for it (for its {@code Context}), and caches it only when
 * graphql-java parses and validates it itself; so the first time the engine asks for a document, graphql-java does, and
 * afterwards neither parses it again. Since that parse comes before the policy sees the document, its token limit is
 * lifted here so that the policy's own (alliance.limits.max-tokens) answers with its code; what it parses is bounded by
 * the body and frame sizes.
 *
 * <p>
 * A SmallRye GraphQL eventing service (META-INF/services), called before SmallRye builds the engine; registered for
 * reflection, which the service loader uses in a native image.
 */
@RegisterForReflection
public class EnginePolicy implements EventingService {

    private final Map<String, Admission> admissions = new ConcurrentHashMap<>();

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(Integer.MAX_VALUE).maxWhitespaceTokens(Integer.MAX_VALUE)));
        return builder.preparsedDocumentProvider(new PolicedDocuments());
    }

    @Override
    public void afterExecute(Context context) {
        release(context.getExecutionId());
    }

    @Override
    public void errorExecute(Context context, Throwable failure) {
        release(context.getExecutionId());
    }

    private void release(String executionId) {
        Admission admission = admissions.remove(executionId);
        if (admission != null) {
            policy().release(admission);
        }
    }

    private static OperationPolicy policy() {
        return CDI.current().select(OperationPolicy.class).get();
    }

    private final class PolicedDocuments implements PreparsedDocumentProvider {

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            CheckedDocument admitted = input.getGraphQLContext().get(OperationPolicy.ADMITTED);
            if (admitted != null) {
                return CompletableFuture.completedFuture(entry(admitted, input, parseAndValidate));
            }
            DocumentAllowList allowList = CDI.current().select(DocumentAllowList.class).get();
            if (!allowList.enforced()) {
                return CompletableFuture.completedFuture(admit(input, parseAndValidate));
            }
            return allowList.allows(input.getQuery()).toCompletableFuture().thenApply(allowed -> allowed
                    ? admit(input, parseAndValidate)
                    : refused(Refusal.of(Refusal.Kind.PERSISTED, "PERSISTED_QUERY_NOT_TRUSTED",
                            "this document is not a trusted one")));
        }

        /** Admits an operation that came another way than the HTTP front door (the WebSocket's). */
        private PreparsedDocumentEntry admit(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            try {
                Admission admission = policy().admit(new Operation(input.getQuery(), input.getOperationName(),
                        input.getVariables(), Transport.WEBSOCKET));
                admissions.put(input.getExecutionId().toString(), admission);
                return entry(admission.document(), input, parseAndValidate);
            } catch (Refusal refusal) {
                return refused(refusal);
            }
        }

        private static PreparsedDocumentEntry entry(CheckedDocument checked, ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            return checked.firstThroughEngine() ? parseAndValidate.apply(input) : checked.entry();
        }

        private static PreparsedDocumentEntry refused(Refusal refusal) {
            Refusals.count(refusal, Transport.WEBSOCKET);
            return new PreparsedDocumentEntry(errors(refusal));
        }

        private static List<GraphQLError> errors(Refusal refusal) {
            return refusal.errors().stream().map(error -> GraphqlErrorBuilder.newError()
                    .message((String) error.get("message"))
                    .extensions(extensions(error)).build()).toList();
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> extensions(Map<String, Object> error) {
            return (Map<String, Object>) error.get("extensions");
        }
    }
}
