package org.alliancegraph.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.alliancegraph.common.BadUserInputException;

/**
 * Where a page of search hits continues: after the hit of this rank and id, in the order best first (rank descending,
 * then id). Opaque to clients: base64url of "hit:rank:id", the rank written so that it reads back exactly.
 */
public record HitCursor(double rank, long id) {

    private static final String PREFIX = "hit:";

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + rank + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent; null when none; BAD_USER_INPUT when it is not a hit cursor. */
    public static HitCursor decode(String cursor, String argument) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int colon = text.lastIndexOf(':');
                double rank = Double.parseDouble(text.substring(PREFIX.length(), colon));
                if (Double.isFinite(rank)) {
                    return new HitCursor(rank, Long.parseLong(text.substring(colon + 1)));
                }
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // NumberFormatException is an IllegalArgumentException: refused below like any other malformed cursor
        }
        throw new BadUserInputException(argument + ": not a search cursor: \"" + cursor + "\"");
    }
}
