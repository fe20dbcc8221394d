package org.alliancegraph.graphql;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;

import jakarta.json.JsonValue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.vertx.core.buffer.Buffer;

/**
 * Writes GraphQL responses as JSON straight into a Vert.x buffer with Jackson's streaming generator, and the values of
 * leaves (scalars and enums as graphql-java serialised them) the same way whoever writes the response: the engine's
 * result tree ({@code http/ResultJson}) or a read plan ({@link ReadPlans}).
 */
public final class JsonOutput {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonOutput() {
    }

    /** A generator that appends to the buffer; close it to flush. */
    public static JsonGenerator into(Buffer buffer) {
        try {
            return JSON.createGenerator(new BufferOutput(buffer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A leaf's serialised value: a string, number, boolean, JSON-P value or enum constant (its name). */
    public static void leaf(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof JsonValue jsonValue) {
            json.writeRawValue(jsonValue.toString());
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else {
            json.writeString(value.toString());
        }
    }

    /** Writes into a Vert.x buffer. */
    private static final class BufferOutput extends OutputStream {

        private final Buffer buffer;

        BufferOutput(Buffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
        }
    }
}
