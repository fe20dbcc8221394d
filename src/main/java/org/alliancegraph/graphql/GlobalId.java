package org.alliancegraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.alliancegraph.common.BadUserInputException;
import org.eclipse.microprofile.graphql.Name;

/** Global ids: the GraphQL type name and the record's key, base64url-encoded ("Statement:42"). */
public final class GlobalId {

    /** The {@code @Name} of each read model class, read once. */
    private static final ClassValue<String> TYPE_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            Name name = type.getAnnotation(Name.class);
            if (name == null) {
                throw new IllegalArgumentException(type + " has no @Name: not a read model of a Node type");
            }
            return name.value();
        }
    };

    /** A decoded global id. */
    public record Parts(String type, long id) {
    }

    private GlobalId() {
    }

    /** The GraphQL type name of a read model: its {@code @Name}. */
    public static String typeName(Class<?> type) {
        return TYPE_NAMES.get(type);
    }

    public static String encode(String type, long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes any global id; a malformed one is BAD_USER_INPUT naming the argument. */
    public static Parts decode(String argument, String globalId) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            long id = Long.parseLong(text.substring(colon + 1));
            if (colon > 0 && id > 0) {
                return new Parts(text.substring(0, colon), id);
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // reported below
        }
        throw new BadUserInputException(argument + ": not a valid id: \"" + globalId + "\"");
    }

    /** Decodes a global id that must be of the given type. */
    public static long decode(String argument, String globalId, String type) {
        Parts parts = decode(argument, globalId);
        if (!parts.type().equals(type)) {
            throw new BadUserInputException(argument + ": this id is of type " + parts.type() + ", not " + type);
        }
        return parts.id();
    }
}
