package org.alliancegraph.graphql;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.alliancegraph.common.ClientErrorException;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.ErrorExtensionProvider;

/**
 * Adds {@code extensions.field} to the errors of a {@link ClientErrorException}: the path of the input field at fault,
 * e.g. {@code input.troops}, or null. Registered in META-INF/services for SmallRye GraphQL (and for reflection, which
 * the service loader uses in a native image).
 */
@RegisterForReflection
public class FieldErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof ClientErrorException error && error.field() != null) {
            return Json.createValue(error.field());
        }
        return JsonValue.NULL;
    }
}
