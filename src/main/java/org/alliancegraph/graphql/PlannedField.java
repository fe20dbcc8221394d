package org.alliancegraph.graphql;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.normalized.ExecutableNormalizedField;

/**
 * A field of an operation as a read plan resolves it: its arguments, coerced and with their defaults, and what it
 * selects (for a resolver that joins only what is asked for). Fragments, aliases and {@code @skip}/{@code @include} are
 * already applied: graphql-java's normalized operation.
 */
public final class PlannedField implements SelectedFields {

    private final ExecutableNormalizedField field;

    PlannedField(ExecutableNormalizedField field) {
        this.field = field;
    }

    /** The argument's value, null when it is not given and has no default. */
    public Object argument(String name) {
        return field.getResolvedArguments().get(name);
    }

    public Integer intArgument(String name) {
        Object value = argument(name);
        return value == null ? null : ((Number) value).intValue();
    }

    public String stringArgument(String name) {
        Object value = argument(name);
        return value == null ? null : value.toString();
    }

    /** An enum argument: graphql-java gives the value SmallRye defined for it, the Java constant or its name. */
    public <E extends Enum<E>> E enumArgument(String name, Class<E> type) {
        Object value = argument(name);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        return Enum.valueOf(type, value.toString());
    }

    @Override
    public Fields fieldsAt(String path) {
        List<ExecutableNormalizedField> at = List.of(field);
        for (String step : path.split("/")) {
            if (!step.isEmpty()) {
                at = at.stream().flatMap(parent -> parent.getChildren().stream())
                        .filter(child -> child.getName().equals(step)).toList();
            }
        }
        Set<String> names = new HashSet<>();
        at.forEach(parent -> parent.getChildren().forEach(child -> names.add(child.getName())));
        return Fields.of(names);
    }
}
