package org.alliancegraph.draft;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.Sha256;
import org.alliancegraph.seed.SeedException;
import org.alliancegraph.seed.SeedParser;

import io.smallrye.mutiny.Uni;

/**
 * Drafts a text's annotations from what the service knows (the names of its actors, alliances, missions and events) and
 * the language's lexicon, and writes them as a seed file that the seed schema accepts. It writes nothing to the
 * database.
 */
@ApplicationScoped
public class DraftService {

    /** The longest text drafted: a long article is some 30,000 characters. */
    static final int MAX_TEXT = 100_000;

    private final KnownNames knownNames;
    private final SeedParser parser;
    private final Map<String, Lexicon> lexicons = new TreeMap<>();

    DraftService(KnownNames knownNames, SeedParser parser) {
        this.knownNames = knownNames;
        this.parser = parser;
        for (String language : List.of("en", "fr")) {
            lexicons.put(language, Lexicon.load(language));
        }
    }

    public Uni<AnnotationDraft> draft(String text, String language, String title, String url, String published) {
        if (text.isBlank()) {
            throw new BadUserInputException("text: must not be blank", "text");
        }
        if (text.length() > MAX_TEXT) {
            throw new BadUserInputException("text: at most " + MAX_TEXT + " characters, was " + text.length(),
                    "text");
        }
        PartialDate date = PartialDate.parseArgument("published", published);
        checkUrl(url);
        Lexicon lexicon = language != null ? lexicons.get(language) : likeliest(text);
        if (lexicon == null) {
            throw new BadUserInputException("language: no lexicon for \"" + language + "\"; there are "
                    + String.join(", ", lexicons.keySet()), "language");
        }
        return knownNames.all().map(names -> draft(text, lexicon, names, title, url, date));
    }

    private AnnotationDraft draft(String text, Lexicon lexicon, List<KnownName> names, String title, String url,
            PartialDate published) {
        String hash = Sha256.hex(text);
        int year = published != null ? published.getEarliest().getYear() : LocalDate.now().getYear();
        Drafter.Draft draft = new Drafter(lexicon, names).draft(text, year, hash.substring(0, 6));
        String documentTitle = title != null && !title.isBlank() ? title.strip() : firstSentence(draft);
        String slug = title != null && !title.isBlank()
                ? Slugs.of(title, 60) + "-" + hash.substring(0, 8)
                : "draft-" + hash.substring(0, 12);
        String yaml = DraftYaml.write(new DraftYaml.Document(slug, documentTitle, lexicon.language, url,
                published == null ? null : published.getValue()), draft);
        try {
            parser.parse("draft", yaml.getBytes(StandardCharsets.UTF_8));
        } catch (SeedException e) {
            throw new IllegalStateException("a draft does not match the seed schema: " + e.getMessage(), e);
        }
        return new AnnotationDraft(yaml, lexicon.language, draft.sentences(), draft.mentions(), draft.actors(),
                draft.statements(), draft.dates());
    }

    /** The language whose common words the text uses most. */
    private Lexicon likeliest(String text) {
        List<Token> tokens = Tokenizer.tokens(text);
        Lexicon best = null;
        long most = -1;
        for (Lexicon lexicon : lexicons.values()) {
            long count = tokens.stream().filter(token -> lexicon.stopWords.contains(token.key())).count();
            if (count > most) {
                best = lexicon;
                most = count;
            }
        }
        return best;
    }

    private static String firstSentence(Drafter.Draft draft) {
        String first = draft.sentences().isEmpty() ? "Untitled" : draft.sentences().get(0).text();
        return first.length() > 200 ? first.substring(0, 200).strip() : first;
    }

    private static void checkUrl(String url) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http(s) address");
            }
        } catch (URISyntaxException e) {
            throw new BadUserInputException("url: not an http(s) address: \"" + url + "\"", "url");
        }
    }
}
