package org.alliancegraph.policy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.inject.spi.CDI;

import org.alliancegraph.policy.OperationPolicy.Admission;
import org.alliancegraph.policy.OperationPolicy.Operation;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

import graphql.ExecutionInput;
import graphql.GraphQL;
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

    /** What this service admitted, by execution id, until the execution ends (or lapses, if SmallRye never says). */
    private final Map<String, Admitted> admissions = new ConcurrentHashMap<>();
    private final long lapseNanos = ConfigProvider.getConfig()
            .getValue("alliance.limits.execution-timeout", Duration.class).multipliedBy(2).toNanos();

    private record Admitted(Admission admission, long at) {
    }

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
        Admitted admitted = admissions.remove(executionId);
        if (admitted != null) {
            policy().release(admitted.admission());
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
                long now = System.nanoTime();
                // SmallRye reports neither the end nor an error of an execution whose future failed: those lapse.
                admissions.values().removeIf(admitted -> now - admitted.at() > lapseNanos);
                admissions.put(input.getExecutionId().toString(), new Admitted(admission, now));
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
            return new PreparsedDocumentEntry(refusal.graphQLErrors());
        }
    }
}
