package org.alliancegraph.common;

/**
 * A failure the client caused and can act on: its message reaches the client with a stable {@code extensions.code}
 * (each subclass's {@code @ErrorCode}), and, when one input field is at fault, that field's path in
 * {@code extensions.field}. Anything else becomes INTERNAL_SERVER_ERROR.
 */
public abstract class ClientErrorException extends RuntimeException {

    private final String field;

    protected ClientErrorException(String message) {
        this(message, null);
    }

    /**
     * @param field
     *            the path of the offending input field, e.g. {@code input.troops} or
     *            {@code annotations/statements/3/speaker}; null when no single field is at fault
     */
    protected ClientErrorException(String message, String field) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /**
     * What is wrong, without the path of the field that leads the message of a client error about one field: for
     * callers that say where in their own way (the seed loader names the file and the entry).
     */
    public String problem() {
        String message = getMessage();
        return field != null && message.startsWith(field + ": ") ? message.substring(field.length() + 2) : message;
    }
}
