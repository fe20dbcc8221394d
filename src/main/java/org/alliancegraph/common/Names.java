package org.alliancegraph.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup form of a name: what makes "OTAN", "otan" and "Otan" one key, and "Türkiye" match "turkiye". */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02bc`´]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /** Lower case, accents removed, typographic apostrophes made plain, white space folded and trimmed. */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        String plain = APOSTROPHES.matcher(unaccented).replaceAll("'");
        return SPACES.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
