package org.alliancegraph.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.statement.Stance;
import org.alliancegraph.statement.StatementKind;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The rules of one language for drafting annotations, read from {@code drafts/lexicon-LANG.yaml}: data an editor
 * reviews in a diff, compiled here into phrases to look up.
 */
final class Lexicon {

    /** The file as written. */
    @RegisterForReflection
    static final class Source {
        public String language;
        public List<String> stopWords = List.of();
        public Map<StatementKind, List<String>> reportingVerbs = Map.of();
        public List<StatementKind> denialKinds = List.of();
        public Conditional conditional = new Conditional();
        public List<String> hearsay = List.of();
        public List<String> attributionPronouns = List.of();
        public List<String> outletCues = List.of();
        public List<String> pronouns = List.of();
        public List<String> citedBy = List.of();
        public List<String> speakerAfter = List.of();
        public List<String> titles = List.of();
        public Anonymous anonymous = new Anonymous();
        public List<String> positionNouns = List.of();
        public List<String> stateNouns = List.of();
        public List<String> clauseWords = List.of();
        public boolean bareNamesArePeople;
        public Map<String, String> demonyms = Map.of();
        public List<String> missionWords = List.of();
        public Map<Stance, List<String>> stance = Map.of();
        public Map<String, Integer> months = Map.of();
        public Map<String, String> dateBounds = Map.of();
    }

    @RegisterForReflection
    static final class Conditional {
        public List<String> words = List.of();
        public List<String> endings = List.of();
        public List<String> notVerbs = List.of();
    }

    @RegisterForReflection
    static final class Anonymous {
        public List<String> nouns = List.of();
        public Map<String, Integer> quantifiers = Map.of();
        public List<String> adjectives = List.of();
        public List<String> of = List.of();
    }

    final String language;
    final Set<String> stopWords = new HashSet<>();
    final Phrases<StatementKind> reportingVerbs = new Phrases<>();
    final Set<StatementKind> denialKinds;
    final Phrases<Boolean> conditionalWords = new Phrases<>();
    final List<String> conditionalEndings;
    final Set<String> notVerbs = new HashSet<>();
    final Phrases<Boolean> hearsay = new Phrases<>();
    final Phrases<Boolean> attributionPronouns = new Phrases<>();
    final Phrases<Boolean> outletCues = new Phrases<>();
    final Phrases<Boolean> pronouns = new Phrases<>();
    final Phrases<Boolean> citedBy = new Phrases<>();
    final Phrases<Boolean> speakerAfter = new Phrases<>();
    final Phrases<Boolean> titles = new Phrases<>();
    final Phrases<Boolean> anonymousNouns = new Phrases<>();
    final Phrases<Integer> quantifiers = new Phrases<>();
    final Phrases<Boolean> anonymousAdjectives = new Phrases<>();
    final Phrases<Boolean> of = new Phrases<>();
    final Phrases<Boolean> positionNouns = new Phrases<>();
    final Phrases<Boolean> stateNouns = new Phrases<>();
    final Phrases<Boolean> clauseWords = new Phrases<>();
    final boolean bareNamesArePeople;
    final Phrases<String> demonyms = new Phrases<>();
    final Phrases<Boolean> missionWords = new Phrases<>();
    final Phrases<Stance> stance = new Phrases<>();
    final Phrases<Integer> months = new Phrases<>();
    final Phrases<String> dateBounds = new Phrases<>();

    private Lexicon(Source source) {
        language = source.language;
        source.stopWords.forEach(word -> stopWords.add(Tokenizer.key(word)));
        source.reportingVerbs.forEach((kind, verbs) -> verbs.forEach(verb -> reportingVerbs.add(verb, kind)));
        denialKinds = Set.copyOf(source.denialKinds);
        source.conditional.words.forEach(word -> conditionalWords.add(word, true));
        conditionalEndings = List.copyOf(source.conditional.endings);
        source.conditional.notVerbs.forEach(word -> notVerbs.add(Tokenizer.key(word)));
        source.hearsay.forEach(phrase -> hearsay.add(phrase, true));
        source.attributionPronouns.forEach(phrase -> attributionPronouns.add(phrase, true));
        source.outletCues.forEach(phrase -> outletCues.add(phrase, true));
        source.pronouns.forEach(phrase -> pronouns.add(phrase, true));
        source.citedBy.forEach(phrase -> citedBy.add(phrase, true));
        source.speakerAfter.forEach(phrase -> speakerAfter.add(phrase, true));
        source.titles.forEach(phrase -> titles.add(phrase, true));
        source.anonymous.nouns.forEach(phrase -> anonymousNouns.add(phrase, true));
        source.anonymous.quantifiers.forEach(quantifiers::add);
        source.anonymous.adjectives.forEach(phrase -> anonymousAdjectives.add(phrase, true));
        source.anonymous.of.forEach(phrase -> of.add(phrase, true));
        source.positionNouns.forEach(phrase -> positionNouns.add(phrase, true));
        source.stateNouns.forEach(phrase -> stateNouns.add(phrase, true));
        source.clauseWords.forEach(phrase -> clauseWords.add(phrase, true));
        bareNamesArePeople = source.bareNamesArePeople;
        source.demonyms.forEach(demonyms::add);
        source.missionWords.forEach(phrase -> missionWords.add(phrase, true));
        source.stance.forEach((stance, phrases) -> phrases.forEach(phrase -> this.stance.add(phrase, stance)));
        source.months.forEach(months::add);
        source.dateBounds.forEach(dateBounds::add);
    }

    /** The lexicon of a language from the class path, or null when there is none. */
    static Lexicon load(String language) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("drafts/lexicon-" + language + ".yaml")) {
            if (in == null) {
                return null;
            }
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            return new Lexicon(yaml.readValue(in, Source.class));
        } catch (IOException e) {
            throw new UncheckedIOException("drafts/lexicon-" + language + ".yaml cannot be read", e);
        }
    }

    /** Whether the word at {@code at} is a verb in the conditional mood; the number of words it takes, or 0. */
    int conditionalAt(List<Token> tokens, int at) {
        Phrases.Match<Boolean> word = conditionalWords.at(tokens, at);
        if (word != null) {
            return word.to() - word.from();
        }
        String key = tokens.get(at).key();
        if (notVerbs.contains(key)) {
            return 0;
        }
        // Accents kept: "considérait" (imperfect) is not "considérerait".
        String written = tokens.get(at).text().toLowerCase(Locale.ROOT);
        for (String ending : conditionalEndings) {
            if (written.length() > ending.length() + 1 && written.endsWith(ending)) {
                return 1;
            }
        }
        return 0;
    }
}
