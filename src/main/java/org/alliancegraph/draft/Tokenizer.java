package org.alliancegraph.draft;

import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.common.Names;

/**
 * Cuts a text into words and punctuation marks. A word keeps inner hyphens ("vice-secrétaire") and inner points between
 * digits ("3.0"); an elided article or pronoun is a word of its own with its apostrophe ("l’" "OTAN", "s'" "y"), so
 * that names and phrases match whatever article precedes them.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int points = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
                points++;
                continue;
            }
            int from = i;
            int start = points;
            if (Character.isLetterOrDigit(c)) {
                while (i < text.length()) {
                    int d = text.codePointAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i += Character.charCount(d);
                        points++;
                    } else if (inner(text, i, d)) {
                        i++;
                        points++;
                    } else if (apostrophe(d) && (i + 1 == text.length()
                            || Character.isLetter(text.codePointAt(i + 1)))) {
                        i++;
                        points++;
                        break;
                    } else {
                        break;
                    }
                }
            } else {
                i += Character.charCount(c);
                points++;
            }
            String word = text.substring(from, i);
            tokens.add(new Token(word, Names.key(word), from, i, start, points));
        }
        return tokens;
    }

    /** A hyphen between letters, or a point or comma between digits, stays inside the word. */
    private static boolean inner(String text, int i, int c) {
        if (i == 0 || i + 1 >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(i);
        int after = text.codePointAt(i + 1);
        if (c == '-') {
            return Character.isLetter(before) && Character.isLetter(after);
        }
        return c == '.' && Character.isDigit(before) && Character.isDigit(after);
    }

    static boolean apostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }

    /** The lookup form of a phrase: its words' keys, space-separated. */
    static String key(String phrase) {
        StringBuilder key = new StringBuilder();
        for (Token token : tokens(phrase)) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(token.key());
        }
        return key.toString();
    }
}
