package org.alliancegraph.common;

/** Reads a GraphQL {@code ID} argument that must be one of our numeric ids. */
public final class IdArgument {

    private IdArgument() {
    }

    public static long parse(String argument, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadUserInputException(argument + ": not a valid id: \"" + value + "\"");
    }
}
