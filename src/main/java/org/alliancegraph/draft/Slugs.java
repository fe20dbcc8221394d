package org.alliancegraph.draft;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs the draft proposes: lower-case ASCII words joined by hyphens, as the seed files' schema wants them. */
final class Slugs {

    private Slugs() {
    }

    /** "Boris Pistorius" -> "boris-pistorius", "deux diplomates de l’OTAN" -> "deux-diplomates-de-l-otan". */
    static String of(String text, int maxLength) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (ascii.length() > maxLength) {
            ascii = ascii.substring(0, maxLength).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? "x" : ascii;
    }
}
