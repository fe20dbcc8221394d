package org.alliancegraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.alliancegraph.common.BadUserInputException;

/**
 * Opaque cursors: the list they belong to and the id of the record they point at, base64url-encoded. A cursor from
 * another list is refused, so a client cannot page statements with an actor cursor.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String list, long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((list + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The id a cursor of this list points at; a malformed cursor or one of another list is BAD_USER_INPUT. */
    public static long decode(String list, String cursor, String argument) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException(argument + ": not a cursor: \"" + cursor + "\"");
        }
        String prefix = list + ":";
        if (!text.startsWith(prefix)) {
            throw new BadUserInputException(argument + ": this cursor does not belong to the " + list + " list");
        }
        try {
            return Long.parseLong(text.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw new BadUserInputException(argument + ": not a cursor: \"" + cursor + "\"");
        }
    }
}
