package org.alliancegraph.graphql;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;

import graphql.GraphQLException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;

/**
 * Reads the plain fields of output types (a property or getter that returns its value as it is) with a graphql-java
 * {@link LightDataFetcher}, which gets the source object without a {@code DataFetchingEnvironment}.
 *
 * <p>
 * Why: SmallRye's own {@code FieldDataFetcher} builds the environment and fills and clears its request context
 * ({@code SmallRyeContextManager}) for every field of every object, which a wide query pays thousands of times for
 * fields that need none of it. Fields that SmallRye has to transform (number and date formats, scalars mapped to other
 * classes) or adapt ({@code @AdaptWith}, {@code @AdaptToScalar}, maps, {@code Optional}) keep its fetcher: this service
 * answers null for them, and SmallRye falls back to its own. Resolver methods ({@code @Query}, {@code @Source}) are not
 * fields and are not touched.
 *
 * <p>
 * SmallRye GraphQL asks its {@link DataFetcherService}s in the order of their priority, lowest first; Quarkus registers
 * its own at 1 (for resolvers only), so this one comes first. Registered in
 * {@code META-INF/services/io.smallrye.graphql.spi.DataFetcherService}.
 */
@RegisterForReflection
public class PlainFields implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return isPlain(field) ? new Fetcher(field, owner) : null;
    }

    /** Whether SmallRye would hand the value over unchanged: no transformation, no adaptation, no map or Optional. */
    static boolean isPlain(Field field) {
        Reference reference = field.getReference();
        boolean transformed = field.hasTransformation() || reference.getType() == ReferenceType.SCALAR
                && !boxed(reference.getClassName()).equals(boxed(reference.getGraphQLClassName()));
        boolean adapted = field.isAdaptingWith() || field.isAdaptingTo() || reference.isAdaptingWith()
                || reference.isAdaptingTo();
        Wrapper wrapper = field.getWrapper();
        boolean wrapped = wrapper != null && !(wrapper.isCollection() || wrapper.isArray());
        return !transformed && !adapted && !wrapped;
    }

    /** A primitive's class name as its boxed class's (int: java.lang.Integer): SmallRye gives either for int. */
    private static String boxed(String className) {
        return switch (className) {
            case "int" -> Integer.class.getName();
            case "long" -> Long.class.getName();
            case "boolean" -> Boolean.class.getName();
            case "double" -> Double.class.getName();
            case "float" -> Float.class.getName();
            case "short" -> Short.class.getName();
            case "byte" -> Byte.class.getName();
            case "char" -> Character.class.getName();
            default -> className;
        };
    }

    /** Reads one field of the owner class, by its public Java field or its getter. */
    static final class Fetcher implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {

        private final Field field;
        private final Reference owner;
        private volatile Accessor accessor;

        Fetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source,
                Supplier<DataFetchingEnvironment> environment) throws Exception {
            return read(source);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return read(environment.getSource());
        }

        private Object read(Object source) throws Exception {
            if (source == null) {
                return null;
            }
            Accessor read = accessor;
            if (read == null) {
                read = accessor();
                accessor = read;
            }
            try {
                return read.get(source);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }

        /** Built on first use, when the classes are loaded, as SmallRye's own fetcher does. */
        private Accessor accessor() {
            try {
                Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
                if (field.getMethodName() == null) {
                    java.lang.reflect.Field javaField = type.getField(field.getPropertyName());
                    return javaField::get;
                }
                java.lang.reflect.Method getter = type.getMethod(field.getMethodName());
                return getter::invoke;
            } catch (ReflectiveOperationException e) {
                throw new GraphQLException(e);
            }
        }
    }

    @FunctionalInterface
    private interface Accessor {
        Object get(Object source) throws ReflectiveOperationException;
    }
}
