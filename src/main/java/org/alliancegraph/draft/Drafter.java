package org.alliancegraph.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.actor.ActorKind;
import org.alliancegraph.common.DatePrecision;
import org.alliancegraph.statement.EvidentialStatus;
import org.alliancegraph.statement.Stance;
import org.alliancegraph.statement.StatementKind;

/**
 * Reads a text with a language's {@link Lexicon} and the names the service knows, and proposes its annotations:
 * sentences, the known records it names (longest name first), the actors it introduces (a function followed by a name,
 * an unnamed source with its quantifier, an outlet after "Selon"), the statements (a sentence with a reporting verb, a
 * conditional or a quote, attributed to the actor named last before the verb), their evidential status, who reports
 * them, their subjects and stance, and the dates. No database here: the caller hands the known names over.
 */
final class Drafter {

    /** What a draft found, before it is written as a seed file. */
    record Draft(List<DraftSentence> sentences, List<DraftMention> mentions, List<DraftActor> actors,
            List<NewActor> newActors, List<DraftStatement> statements, List<DraftDate> dates) {
    }

    /** An actor the text introduces, with what the seed file needs to define it. */
    record NewActor(String slug, String name, ActorKind kind, Integer groupSize, String affiliation,
            String rolePhrase, String roleKey, String organisation, int roleStart, int roleEnd, int start, int end) {
    }

    /** Where an actor is named, in tokens. */
    private record ActorAt(int from, int to, String slug, ActorKind kind) {
    }

    private record Sentence(int from, int to, boolean headline) {
    }

    private record Mention(int from, int to, List<KnownName> names) {

        KnownName actor() {
            return names.stream().filter(n -> n.type() == MentionKind.ACTOR).findFirst().orElse(null);
        }
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("la", "le", "les", "l'", "de", "du", "des", "d'", "a",
            "au", "aux", "the", "of", "at");

    private final Lexicon lexicon;
    private final Phrases<List<KnownName>> known = new Phrases<>();
    private final Map<String, String> missionByTheatre = new HashMap<>();
    private final Set<String> knownActors = new HashSet<>();

    Drafter(Lexicon lexicon, List<KnownName> names) {
        this.lexicon = lexicon;
        Map<String, List<KnownName>> byKey = new LinkedHashMap<>();
        for (KnownName name : names) {
            String key = Tokenizer.key(name.name());
            if (key.length() < 2) {
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
            if (name.type() == MentionKind.MISSION && name.related() != null) {
                missionByTheatre.putIfAbsent(name.related(), name.slug());
            }
            if (name.type() == MentionKind.ACTOR) {
                knownActors.add(name.slug());
            }
        }
        byKey.values().forEach(list -> known.add(list.get(0).name(), List.copyOf(list)));
    }

    /**
     * @param year
     *            the year of a date the text gives without one ("en juillet"): the article's
     * @param suffix
     *            ends every statement's slug, so that drafts of two texts propose different slugs
     */
    Draft draft(String text, int year, String suffix) {
        return new Reading(text, year, suffix).read();
    }

    /** One text's reading. */
    private final class Reading {

        private final String text;
        private final int year;
        private final List<Token> tokens;
        private final Mention[] mentionAt;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<ActorAt> actors = new ArrayList<>();
        private final Map<String, NewActor> newActors = new LinkedHashMap<>();
        /** Tokens a new actor's phrase takes, role phrase included: no subject there. */
        private final boolean[] introduced;
        private final Map<String, String> rolePhrases = new HashMap<>();
        private final String suffix;

        Reading(String text, int year, String suffix) {
            this.text = text;
            this.year = year;
            this.suffix = suffix;
            this.tokens = Tokenizer.tokens(text);
            this.mentionAt = new Mention[tokens.size()];
            this.introduced = new boolean[tokens.size()];
        }

        Draft read() {
            List<Sentence> sentences = sentences();
            findMentions();
            for (Sentence sentence : sentences) {
                findAnonymous(sentence);
                findTitled(sentence);
                findOutlets(sentence);
                if (lexicon.bareNamesArePeople) {
                    findBareNames(sentence);
                }
                findStates(sentence);
            }
            findLaterMentionsOfNewPeople();
            actors.sort(Comparator.comparingInt(ActorAt::from));
            List<DraftDate> dates = dates();
            List<DraftStatement> statements = statements(sentences, dates);
            return new Draft(sentences.stream().map(this::sentence).toList(), mentions.stream()
                    .map(m -> new DraftMention(m.names().get(0).type(), m.names().get(0).slug(), cut(m.from(), m.to()),
                            tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()))
                    .toList(), actorList(), List.copyOf(newActors.values()), statements, dates);
        }

        // --- sentences --------------------------------------------------------------------------------------------

        private List<Sentence> sentences() {
            List<Sentence> sentences = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (i > from && text.substring(tokens.get(i - 1).to(), tokens.get(i).from()).contains("\n")) {
                    sentences.add(new Sentence(from, i, !ends(i - 1)));
                    from = i;
                }
                Token token = tokens.get(i);
                if (token.is(".") || token.is("!") || token.is("?") || token.is("\u2026")) {
                    int end = i + 1;
                    // A closing mark right after the stop belongs to the sentence; one after a space opens the next.
                    while (end < tokens.size() && closing(tokens.get(end))
                            && tokens.get(end).from() == tokens.get(end - 1).to()) {
                        end++;
                    }
                    sentences.add(new Sentence(from, end, false));
                    from = end;
                    i = end - 1;
                }
            }
            if (from < tokens.size()) {
                sentences.add(new Sentence(from, tokens.size(), !ends(tokens.size() - 1)));
            }
            return sentences;
        }

        /** Whether the sentence ending at this token ends as a sentence does, not as a title. */
        private boolean ends(int last) {
            Token token = tokens.get(last);
            if (token.is(".") || token.is("!") || token.is("?") || token.is("\u2026")) {
                return true;
            }
            return closing(token) && last > 0 && ends(last - 1);
        }

        private static boolean closing(Token token) {
            return token.is("\u00bb") || token.is("\u201d") || token.is("\"") || token.is(")")
                    || token.is("\u2019");
        }

        private DraftSentence sentence(Sentence s) {
            return new DraftSentence(cut(s.from(), s.to()), tokens.get(s.from()).start(),
                    tokens.get(s.to() - 1).end(), s.headline());
        }

        // --- known records ----------------------------------------------------------------------------------------

        private void findMentions() {
            for (int i = 0; i < tokens.size();) {
                Phrases.Match<List<KnownName>> match = known.at(tokens, i);
                if (match != null) {
                    String written = cut(match.from(), match.to());
                    List<KnownName> names = match.value().stream()
                            .filter(name -> !name.acronym() || written.equals(name.name())).toList();
                    if (!names.isEmpty()) {
                        Mention mention = new Mention(match.from(), match.to(), names);
                        mentions.add(mention);
                        for (int k = match.from(); k < match.to(); k++) {
                            mentionAt[k] = mention;
                        }
                        KnownName actor = mention.actor();
                        if (actor != null) {
                            actors.add(new ActorAt(match.from(), match.to(), actor.slug(), actor.kind()));
                        }
                        i = match.to();
                        continue;
                    }
                }
                i++;
            }
        }

        // --- new actors -------------------------------------------------------------------------------------------

        /**
         * "deux diplomates de l’OTAN", "certains alliés", "un porte-parole du ministère allemand de la Défense", "a
         * German official", "three officials familiar with the talks": a quantifier, a noun with its adjectives, and
         * what it belongs to, up to the verb.
         */
        private void findAnonymous(Sentence s) {
            for (int i = s.from(); i < s.to(); i++) {
                if (mentionAt[i] != null || introduced[i]) {
                    continue;
                }
                Phrases.Match<Integer> quantifier = lexicon.quantifiers.at(tokens, i);
                if (quantifier == null || quantifier.to() >= s.to()) {
                    continue;
                }
                String[] state = new String[1];
                int noun = describing(quantifier.to(), s, state, true);
                Phrases.Match<Boolean> nounMatch = noun < s.to() && mentionAt[noun] == null
                        ? lexicon.anonymousNouns.at(tokens, noun)
                        : null;
                if (nounMatch == null) {
                    continue;
                }
                int end = describing(nounMatch.to(), s, state, false);
                String affiliation = null;
                Phrases.Match<Boolean> of = end < s.to() ? lexicon.of.at(tokens, end) : null;
                if (of != null) {
                    int k = of.to();
                    while (k < s.to() && k - of.to() < 6 && partOfDescription(k)) {
                        if (mentionAt[k] != null) {
                            affiliation = affiliation != null ? affiliation : organisationOf(mentionAt[k]);
                            k = mentionAt[k].to();
                        } else {
                            Phrases.Match<String> demonym = lexicon.demonyms.at(tokens, k);
                            if (demonym != null && state[0] == null) {
                                state[0] = demonym.value();
                            }
                            k++;
                        }
                    }
                    if (k > of.to()) {
                        end = k;
                    }
                }
                if (affiliation == null && state[0] != null && knownActors.contains(state[0])) {
                    affiliation = state[0];
                }
                int size = quantifier.value();
                String name = capitalised(cut(i, end));
                String slug = Slugs.of(name, 60);
                ActorKind kind = size == 1 ? ActorKind.ANONYMOUS_SOURCE : ActorKind.ANONYMOUS_GROUP;
                propose(new NewActor(slug, name, kind, size > 1 ? size : null, affiliation, null, null, null, 0, 0,
                        tokens.get(i).start(), tokens.get(end - 1).end()));
                mark(i, end, slug, kind);
                i = end - 1;
            }
        }

        /**
         * Past the adjectives and nationalities from {@code at} on; a nationality goes into {@code state}. Before the
         * noun, a word that is also a noun and ends the description is the noun.
         */
        private int describing(int at, Sentence s, String[] state, boolean beforeNoun) {
            int i = at;
            while (i < s.to() && mentionAt[i] == null) {
                Phrases.Match<Boolean> adjective = lexicon.anonymousAdjectives.at(tokens, i);
                Phrases.Match<String> demonym = lexicon.demonyms.at(tokens, i);
                if (beforeNoun && adjective != null && lexicon.anonymousNouns.at(tokens, i) != null
                        && !describes(adjective.to(), s)) {
                    break; // "official" in "a German official said": the noun, not an adjective
                }
                if (demonym != null) {
                    state[0] = state[0] != null ? state[0] : demonym.value();
                    i = demonym.to();
                } else if (adjective != null) {
                    i = adjective.to();
                } else {
                    break;
                }
            }
            return i;
        }

        /** Whether an adjective, nationality or noun of unnamed sources follows at {@code at}. */
        private boolean describes(int at, Sentence s) {
            return at < s.to() && (lexicon.anonymousAdjectives.at(tokens, at) != null
                    || lexicon.demonyms.at(tokens, at) != null || lexicon.anonymousNouns.at(tokens, at) != null);
        }

        /** A word that still describes an unnamed source: not a verb, a cue, a clause or punctuation. */
        private boolean partOfDescription(int k) {
            return tokens.get(k).isWord() && lexicon.reportingVerbs.at(tokens, k) == null
                    && lexicon.outletCues.at(tokens, k) == null && lexicon.citedBy.at(tokens, k) == null
                    && lexicon.clauseWords.at(tokens, k) == null && lexicon.hearsay.at(tokens, k) == null
                    && lexicon.conditionalAt(tokens, k) == 0;
        }

        /** "le gouvernement allemand", "l’administration américaine", "the German government": the state. */
        private void findStates(Sentence s) {
            for (int i = s.from(); i + 1 < s.to(); i++) {
                if (mentionAt[i] != null || introduced[i]) {
                    continue;
                }
                Phrases.Match<Boolean> noun = lexicon.stateNouns.at(tokens, i);
                Phrases.Match<String> demonym = noun != null && noun.to() < s.to()
                        ? lexicon.demonyms.at(tokens, noun.to())
                        : null;
                int end = demonym != null ? demonym.to() : -1;
                if (demonym == null) {
                    demonym = lexicon.demonyms.at(tokens, i);
                    noun = demonym != null && demonym.to() < s.to()
                            ? lexicon.stateNouns.at(tokens, demonym.to())
                            : null;
                    end = noun != null ? noun.to() : -1;
                }
                if (end > 0 && knownActors.contains(demonym.value()) && !introduced[end - 1]) {
                    mark(i, end, demonym.value(), ActorKind.STATE);
                    i = end - 1;
                }
            }
        }

        /** "le ministre allemand de la Défense Boris Pistorius", "German Defence Minister Boris Pistorius". */
        private void findTitled(Sentence s) {
            for (int i = s.from(); i < s.to(); i++) {
                if (mentionAt[i] != null || introduced[i]) {
                    continue;
                }
                Phrases.Match<Boolean> title = lexicon.titles.at(tokens, i);
                if (title == null) {
                    continue;
                }
                int windowEnd = Math.min(s.to(), title.to() + 14);
                Phrases.Match<StatementKind> verb = lexicon.reportingVerbs.first(tokens, title.to(), windowEnd);
                if (verb != null) {
                    windowEnd = verb.from();
                }
                int[] name = lastName(title.to(), windowEnd);
                if (name == null) {
                    continue;
                }
                int roleFrom = title.from();
                while (roleFrom - 1 > s.from() && tokens.get(roleFrom - 1).isCapitalised()
                        && tokens.get(roleFrom - 1).isWord() && mentionAt[roleFrom - 1] == null) {
                    roleFrom--;
                }
                int roleTo = name[0];
                while (roleTo > roleFrom && !tokens.get(roleTo - 1).isWord()) {
                    roleTo--;
                }
                String rolePhrase = cut(roleFrom, roleTo);
                Mention person = mentionAt[name[0]];
                if (person != null) {
                    rolePhrases.putIfAbsent(person.actor().slug(), rolePhrase);
                } else {
                    String personName = cut(name[0], name[1]);
                    String slug = Slugs.of(personName, 60);
                    String organisation = null;
                    for (int k = roleFrom; k < roleTo; k++) {
                        if (mentionAt[k] != null && organisation == null) {
                            organisation = organisationOf(mentionAt[k]);
                        }
                    }
                    propose(new NewActor(slug, personName, ActorKind.PERSON, null, null, rolePhrase,
                            Slugs.of(rolePhrase, 50), organisation, tokens.get(roleFrom).start(),
                            tokens.get(name[1] - 1).end(), tokens.get(name[0]).start(),
                            tokens.get(name[1] - 1).end()));
                    mark(name[0], name[1], slug, ActorKind.PERSON);
                }
                for (int k = roleFrom; k < name[0]; k++) {
                    introduced[k] = true;
                }
                i = name[1] - 1;
            }
        }

        /**
         * The last person's name between these tokens: a known person, or two to four capitalised words that no known
         * name takes (less a first word that belongs to the function, "de la Défense"); null when there is none.
         */
        private int[] lastName(int from, int to) {
            int[] last = null;
            for (int i = from; i < to;) {
                Mention mention = mentionAt[i];
                if (mention != null) {
                    KnownName actor = mention.actor();
                    if (actor != null && actor.kind() == ActorKind.PERSON) {
                        last = new int[]{mention.from(), mention.to()};
                    }
                    i = mention.to();
                    continue;
                }
                if (!nameWord(i)) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < to && mentionAt[end] == null && nameWord(end)) {
                    end++;
                }
                int start = i;
                while (start < end && lexicon.titles.at(tokens, start) != null) {
                    start++;
                }
                if (end - start >= 3 && start > 0 && FUNCTION_WORDS.contains(tokens.get(start - 1).key())) {
                    start++;
                }
                if (end - start >= 2 && end - start <= 4) {
                    last = new int[]{start, end};
                }
                i = end;
            }
            return last;
        }

        private boolean nameWord(int i) {
            Token token = tokens.get(i);
            return token.isWord() && token.isCapitalised() && Character.isLetter(token.text().codePointAt(0));
        }

        /** "Selon Politico", "cités par Politico": an unknown name there is an outlet's. */
        private void findOutlets(Sentence s) {
            for (int i = s.from(); i < s.to(); i++) {
                Phrases.Match<Boolean> cue = lexicon.outletCues.at(tokens, i);
                if (cue == null || cue.to() >= s.to()) {
                    continue;
                }
                int start = cue.to();
                int end = start;
                while (end < s.to() && end - start < 4 && mentionAt[end] == null && !introduced[end]
                        && nameWord(end) && actorAt(end) == null) {
                    end++;
                }
                if (end > start) {
                    String name = cut(start, end);
                    String slug = Slugs.of(name, 60);
                    propose(new NewActor(slug, name, ActorKind.MEDIA_OUTLET, null, null, null, null, null, 0, 0,
                            tokens.get(start).start(), tokens.get(end - 1).end()));
                    mark(start, end, slug, ActorKind.MEDIA_OUTLET);
                }
                i = Math.max(i, end - 1);
            }
        }

        /**
         * Two capitalised words inside a sentence that no known name takes and that are not part of a longer name
         * ("European Council on Foreign Relations"): a person ("de Donald Trump").
         */
        private void findBareNames(Sentence s) {
            for (int i = s.from() + 1; i + 1 < s.to(); i++) {
                if (!looseName(i) || !looseName(i + 1) || nameWord(i - 1) || (i + 2 < s.to() && nameWord(i + 2))
                        || connectsNames(i - 1, i - 2) || connectsNames(i + 2, i + 3)) {
                    continue;
                }
                String name = cut(i, i + 2);
                String slug = Slugs.of(name, 60);
                propose(new NewActor(slug, name, ActorKind.PERSON, null, null, null, null, null, 0, 0,
                        tokens.get(i).start(), tokens.get(i + 1).end()));
                mark(i, i + 2, slug, ActorKind.PERSON);
                i++;
            }
        }

        /** A capitalised word no name takes yet, written as names are: "Trump", not "OTAN" or "États-Unis". */
        private boolean looseName(int i) {
            Token token = tokens.get(i);
            String rest = token.text().substring(1);
            return nameWord(i) && mentionAt[i] == null && !introduced[i] && token.text().length() >= 3
                    && rest.equals(rest.toLowerCase(Locale.ROOT)) && rest.chars().allMatch(Character::isLetter);
        }

        /** A short lower-case word between capitalised ones: "on" in "Council on Foreign Relations". */
        private boolean connectsNames(int connector, int name) {
            if (connector < 0 || name < 0 || connector >= tokens.size() || name >= tokens.size()) {
                return false;
            }
            Token word = tokens.get(connector);
            return word.isWord() && !word.isCapitalised() && word.text().length() <= 3 && nameWord(name);
        }

        /** A new person named again later, in full or by the last name alone ("Pistorius a ajouté"). */
        private void findLaterMentionsOfNewPeople() {
            for (NewActor actor : List.copyOf(newActors.values())) {
                if (actor.kind() != ActorKind.PERSON && actor.kind() != ActorKind.MEDIA_OUTLET) {
                    continue;
                }
                List<Token> words = Tokenizer.tokens(actor.name());
                String last = words.get(words.size() - 1).key();
                for (int i = 0; i < tokens.size(); i++) {
                    if (mentionAt[i] == null && !introduced[i] && actorAt(i) == null && nameWord(i)
                            && tokens.get(i).key().equals(last)) {
                        mark(i, i + 1, actor.slug(), actor.kind());
                    }
                }
            }
        }

        /**
         * A new actor, unless the text introduced it before or an actor of that slug is known (whose names the text
         * writes otherwise): the slug then refers to it.
         */
        private void propose(NewActor actor) {
            if (!knownActors.contains(actor.slug())) {
                newActors.putIfAbsent(actor.slug(), actor);
            }
        }

        /**
         * The actor named by these tokens, in place of any actor named inside them ("l’OTAN" in "un diplomate de
         * l’OTAN").
         */
        private void mark(int from, int to, String slug, ActorKind kind) {
            actors.removeIf(actor -> actor.from() >= from && actor.to() <= to);
            actors.add(new ActorAt(from, to, slug, kind));
            for (int k = from; k < to; k++) {
                introduced[k] = true;
            }
        }

        private ActorAt actorAt(int token) {
            for (ActorAt actor : actors) {
                if (actor.from() <= token && token < actor.to()) {
                    return actor;
                }
            }
            return null;
        }

        /** The actor a mention stands for as an organisation: the actor, or an alliance's organisation. */
        private static String organisationOf(Mention mention) {
            KnownName actor = mention.actor();
            if (actor != null) {
                return actor.slug();
            }
            return mention.names().stream().filter(n -> n.type() == MentionKind.ALLIANCE && n.related() != null)
                    .map(KnownName::related).findFirst().orElse(null);
        }

        private List<DraftActor> actorList() {
            Map<String, DraftActor> list = new LinkedHashMap<>();
            for (Mention mention : mentions) {
                KnownName actor = mention.actor();
                if (actor != null) {
                    list.putIfAbsent(actor.slug(), new DraftActor(actor.slug(), cut(mention.from(), mention.to()),
                            actor.kind(), true, rolePhrases.get(actor.slug()), null, null,
                            tokens.get(mention.from()).start(), tokens.get(mention.to() - 1).end()));
                }
            }
            for (NewActor actor : newActors.values()) {
                list.putIfAbsent(actor.slug(), new DraftActor(actor.slug(), actor.name(), actor.kind(), false,
                        actor.rolePhrase(), actor.groupSize(), actor.affiliation(), actor.start(), actor.end()));
            }
            return List.copyOf(list.values());
        }

        // --- dates ------------------------------------------------------------------------------------------------

        private List<DraftDate> dates() {
            List<DraftDate> dates = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Phrases.Match<String> bound = lexicon.dateBounds.at(tokens, i);
                int at = bound != null ? bound.to() : i;
                if (at >= tokens.size()) {
                    continue;
                }
                Integer day = null;
                if (number(at, 1, 31) && at + 1 < tokens.size() && lexicon.months.at(tokens, at + 1) != null) {
                    day = Integer.parseInt(tokens.get(at).text());
                    at++;
                }
                Phrases.Match<Integer> month = lexicon.months.at(tokens, at);
                int end;
                int y;
                if (month != null) {
                    end = month.to();
                    if (end < tokens.size() && number(end, 1900, 2099)) {
                        y = Integer.parseInt(tokens.get(end).text());
                        end++;
                    } else if (bound != null || day != null) {
                        y = year;
                    } else {
                        continue;
                    }
                } else if (number(at, 1900, 2099)) {
                    y = Integer.parseInt(tokens.get(at).text());
                    end = at + 1;
                    day = null;
                } else {
                    continue;
                }
                String value = month == null
                        ? String.format("%04d", y)
                        : day == null
                                ? String.format("%04d-%02d", y, month.value())
                                : String.format("%04d-%02d-%02d", y, month.value(), day);
                DatePrecision precision = month == null
                        ? DatePrecision.YEAR
                        : day == null ? DatePrecision.MONTH : DatePrecision.DAY;
                dates.add(new DraftDate(cut(i, end), value, precision,
                        bound == null ? DraftDateBound.ON : DraftDateBound.valueOf(bound.value()),
                        tokens.get(i).start(), tokens.get(end - 1).end()));
                i = end - 1;
            }
            return dates;
        }

        private boolean number(int at, int min, int max) {
            String word = tokens.get(at).text();
            if (word.isEmpty() || word.length() > 4 || !word.chars().allMatch(Character::isDigit)) {
                return false;
            }
            int value = Integer.parseInt(word);
            return value >= min && value <= max;
        }

        // --- statements -------------------------------------------------------------------------------------------

        private List<DraftStatement> statements(List<Sentence> sentences, List<DraftDate> dates) {
            List<DraftStatement> statements = new ArrayList<>();
            Set<String> slugs = new HashSet<>();
            String previous = null;
            String mostNamedAlliance = mostNamedAlliance();
            for (Sentence s : sentences) {
                if (s.headline()) {
                    continue;
                }
                DraftStatement statement = statement(s, previous, mostNamedAlliance, dates, slugs);
                if (statement != null) {
                    statements.add(statement);
                    previous = statement.speaker();
                }
            }
            return statements;
        }

        private DraftStatement statement(Sentence s, String previous, String mostNamedAlliance,
                List<DraftDate> dates, Set<String> slugs) {
            Phrases.Match<StatementKind> verb = null;
            for (int i = s.from(); i < s.to() && verb == null; i++) {
                verb = mentionAt[i] == null && !introduced[i] ? lexicon.reportingVerbs.at(tokens, i) : null;
            }
            int conditional = -1;
            for (int i = s.from(); i < s.to() && conditional < 0; i++) {
                if (mentionAt[i] == null && tokens.get(i).isWord() && lexicon.conditionalAt(tokens, i) > 0) {
                    conditional = i;
                }
            }
            int[] quote = quote(s);
            String speaker = null;
            boolean guessed = false;
            StatementKind kind;
            int trigger;
            int triggerEnd;
            Phrases.Match<Boolean> askedBy = lexicon.speakerAfter.first(tokens, s.from(), s.to());
            String demonym = verb == null && conditional < 0 ? positionOf(s) : null;
            Phrases.Match<Boolean> attribution = lexicon.attributionPronouns.first(tokens, s.from(),
                    Math.min(s.to(), s.from() + 4));
            Phrases.Match<Boolean> hearsay = verb == null && conditional < 0 ? sourceAfterHearsay(s) : null;
            if (askedBy != null && askedBy.to() < s.to() && actorStartingAt(askedBy.to()) != null) {
                kind = StatementKind.DEMAND;
                trigger = askedBy.from();
                triggerEnd = askedBy.to();
                speaker = actorStartingAt(askedBy.to()).slug();
            } else if (verb != null) {
                kind = verb.value();
                trigger = verb.from();
                triggerEnd = verb.to();
            } else if (conditional >= 0) {
                kind = StatementKind.POSITION;
                trigger = conditional;
                triggerEnd = conditional + lexicon.conditionalAt(tokens, conditional);
            } else if (hearsay != null) {
                kind = StatementKind.ASSERTION;
                trigger = hearsay.from();
                triggerEnd = hearsay.to();
                speaker = actorStartingAt(hearsay.to()).slug();
            } else if (attribution != null) {
                kind = StatementKind.POSITION;
                trigger = attribution.from();
                triggerEnd = attribution.to();
            } else if (demonym != null) {
                kind = StatementKind.POSITION;
                trigger = s.from();
                triggerEnd = s.from() + 1;
                speaker = demonym;
            } else if (quote != null) {
                kind = StatementKind.DIRECT_QUOTE;
                trigger = quote[0];
                triggerEnd = quote[1];
            } else {
                return null;
            }
            if (kind == StatementKind.PARAPHRASE && quote != null) {
                kind = StatementKind.DIRECT_QUOTE;
            }
            boolean attributed = attribution != null;
            Set<Integer> reporters = reporters(s);
            ActorAt inverted = invertedAttribution(s, trigger);
            if (speaker == null && inverted != null) {
                speaker = inverted.slug();
            }
            boolean pronoun = trigger > s.from() && lexicon.pronouns.at(tokens, trigger - 1) != null;
            if (speaker == null && !attributed && !pronoun) {
                ActorAt nearest = nearestBefore(s, trigger, reporters);
                if (nearest == null) {
                    nearest = namedRightBefore(s, trigger);
                }
                if (nearest == null && trigger > s.from() && nameWord(trigger - 1) && mentionAt[trigger - 1] == null
                        && !introduced[trigger - 1]) {
                    // A subject the service does not know ("Varsovie considère"): no speaker to propose.
                    return null;
                }
                if (nearest == null && kind == StatementKind.DIRECT_QUOTE && verb == null) {
                    // A quotation alone is a statement only of someone the sentence names outside it.
                    for (ActorAt actor : actors) {
                        if (actor.from() >= s.from() && actor.to() <= s.to() && !reporters.contains(actor.from())
                                && (actor.to() <= quote[0] || actor.from() >= quote[1])) {
                            nearest = actor;
                        }
                    }
                    if (nearest == null) {
                        return null;
                    }
                }
                speaker = nearest == null ? null : nearest.slug();
            }
            if (speaker == null) {
                speaker = previous;
                guessed = true;
            }
            if (speaker == null) {
                return null;
            }
            boolean reported = false;
            for (int i = s.from(); i < triggerEnd && !reported; i++) {
                reported = mentionAt[i] == null && tokens.get(i).isWord() && lexicon.conditionalAt(tokens, i) > 0;
            }
            if (!attributed && lexicon.hearsay.first(tokens, s.from(), triggerEnd) != null) {
                reported = true;
            }
            EvidentialStatus status = verb != null && lexicon.denialKinds.contains(verb.value())
                    ? EvidentialStatus.DENIED
                    : reported ? EvidentialStatus.REPORTED : EvidentialStatus.CONFIRMED;
            DraftReport report = report(s, speaker);
            List<DraftSubject> subjects = subjects(s, speaker, report, mostNamedAlliance);
            if (subjects.isEmpty()) {
                return null;
            }
            int start = tokens.get(s.from()).start();
            int end = tokens.get(s.to() - 1).end();
            String slug = unique(speaker + "-" + Slugs.of(keyWords(s, trigger), 50) + "-" + suffix, slugs);
            NewActor newSpeaker = newActors.get(speaker);
            String role = newSpeaker != null && newSpeaker.roleKey() != null && newSpeaker.roleStart() >= start
                    && newSpeaker.roleEnd() <= end ? newSpeaker.roleKey() : null;
            return new DraftStatement(slug, speaker, guessed, role, kind, status, cut(trigger, triggerEnd),
                    cut(s.from(), s.to()), start, end, quote == null ? null : cut(quote[0] + 1, quote[1] - 1),
                    report, subjects, dates.stream().filter(d -> d.start() >= start && d.end() <= end).toList());
        }

        /** "La position américaine": the state of the nationality, when the service knows it. */
        private String positionOf(Sentence s) {
            for (int i = s.from(); i + 1 < s.to(); i++) {
                Phrases.Match<Boolean> noun = lexicon.positionNouns.at(tokens, i);
                if (noun != null && noun.to() < s.to()) {
                    Phrases.Match<String> demonym = lexicon.demonyms.at(tokens, noun.to());
                    if (demonym != null && knownActors.contains(demonym.value())) {
                        return demonym.value();
                    }
                }
            }
            return null;
        }

        /** The first quotation of the sentence, marks included, in tokens; null when there is none. */
        private int[] quote(Sentence s) {
            for (int i = s.from(); i < s.to(); i++) {
                String close = switch (tokens.get(i).text()) {
                    case "\u00ab" -> "\u00bb";
                    case "\u201c" -> "\u201d";
                    case "\"" -> "\"";
                    default -> null;
                };
                if (close != null) {
                    for (int j = i + 2; j < s.to(); j++) {
                        if (tokens.get(j).is(close)) {
                            return new int[]{i, j + 1};
                        }
                    }
                }
            }
            return null;
        }

        /** Tokens where an outlet or cited source is named: not speakers. */
        private Set<Integer> reporters(Sentence s) {
            Set<Integer> reporters = new HashSet<>();
            for (int i = s.from(); i < s.to(); i++) {
                Phrases.Match<Boolean> cue = lexicon.outletCues.at(tokens, i);
                if (cue != null && cue.to() < s.to()) {
                    ActorAt actor = actorStartingAt(cue.to());
                    if (actor != null) {
                        reporters.add(actor.from());
                    }
                }
                Phrases.Match<Boolean> cited = lexicon.citedBy.at(tokens, i);
                if (cited != null) {
                    for (ActorAt actor : actors) {
                        if (actor.from() >= s.from() && actor.to() <= cited.from()) {
                            reporters.add(actor.from());
                        }
                    }
                }
            }
            return reporters;
        }

        /** The actor named last before the verb, leaving out outlets, cited sources and complements ("de l’OTAN"). */
        private ActorAt nearestBefore(Sentence s, int before, Set<Integer> reporters) {
            ActorAt nearest = null;
            for (ActorAt actor : actors) {
                if (actor.from() >= s.from() && actor.to() <= before && !reporters.contains(actor.from())
                        && !complement(actor)) {
                    nearest = actor;
                }
            }
            return nearest;
        }

        /** Named as what something belongs to: "le sommet de l’OTAN". */
        private boolean complement(ActorAt actor) {
            for (int k = Math.max(0, actor.from() - 2); k < actor.from(); k++) {
                Phrases.Match<Boolean> of = lexicon.of.at(tokens, k);
                if (of != null && of.to() == actor.from()) {
                    return true;
                }
            }
            return false;
        }

        /** "Selon trois responsables, ...", "according to three officials": a source that is not an outlet. */
        private Phrases.Match<Boolean> sourceAfterHearsay(Sentence s) {
            for (int i = s.from(); i < s.to(); i++) {
                Phrases.Match<Boolean> hearsay = lexicon.hearsay.at(tokens, i);
                if (hearsay != null && hearsay.to() < s.to() && lexicon.attributionPronouns.at(tokens, i) == null) {
                    ActorAt source = actorStartingAt(hearsay.to());
                    if (source != null && source.kind() != ActorKind.MEDIA_OUTLET) {
                        return hearsay;
                    }
                }
            }
            return null;
        }

        /**
         * The speaker an attribution after the words names: "..., a Canadian diplomat said", "..., a déclaré Mark
         * Rutte", past the verb that made the sentence a statement.
         */
        private ActorAt invertedAttribution(Sentence s, int trigger) {
            for (int i = trigger + 1; i < s.to(); i++) {
                if (!tokens.get(i - 1).is(",") && !closing(tokens.get(i - 1))) {
                    continue;
                }
                ActorAt actor = actorStartingAt(i);
                if (actor != null && actor.to() < s.to()) {
                    Phrases.Match<StatementKind> verb = lexicon.reportingVerbs.at(tokens, actor.to());
                    if (verb != null && verb.value() == StatementKind.PARAPHRASE) {
                        return actor;
                    }
                }
                Phrases.Match<StatementKind> verb = lexicon.reportingVerbs.at(tokens, i);
                if (verb != null && verb.value() == StatementKind.PARAPHRASE && verb.to() < s.to()) {
                    ActorAt after = actorStartingAt(verb.to());
                    if (after != null) {
                        return after;
                    }
                }
            }
            return null;
        }

        /** Two or three capitalised words right before the verb that no name takes: a person ("Mark Rutte said"). */
        private ActorAt namedRightBefore(Sentence s, int trigger) {
            int from = trigger;
            while (from > s.from() && trigger - from < 3 && nameWord(from - 1) && mentionAt[from - 1] == null
                    && !introduced[from - 1]) {
                from--;
            }
            if (trigger - from < 2 || (from == s.from() && trigger - from < 3)) {
                return null;
            }
            String name = cut(from, trigger);
            String slug = Slugs.of(name, 60);
            propose(new NewActor(slug, name, ActorKind.PERSON, null, null, null, null, null, 0, 0,
                    tokens.get(from).start(), tokens.get(trigger - 1).end()));
            mark(from, trigger, slug, ActorKind.PERSON);
            return actorStartingAt(from);
        }

        private ActorAt actorStartingAt(int token) {
            for (ActorAt actor : actors) {
                if (actor.from() == token) {
                    return actor;
                }
            }
            return null;
        }

        private DraftReport report(Sentence s, String speaker) {
            String reportedBy = null;
            List<String> cites = new ArrayList<>();
            for (int i = s.from(); i < s.to(); i++) {
                Phrases.Match<Boolean> cue = lexicon.outletCues.at(tokens, i);
                if (cue != null && cue.to() < s.to() && reportedBy == null) {
                    ActorAt actor = actorStartingAt(cue.to());
                    if (actor != null && actor.kind() == ActorKind.MEDIA_OUTLET && !actor.slug().equals(speaker)) {
                        reportedBy = actor.slug();
                    }
                }
                Phrases.Match<Boolean> cited = lexicon.citedBy.at(tokens, i);
                if (cited != null) {
                    for (ActorAt actor : actors) {
                        if (actor.from() >= s.from() && actor.to() <= cited.from() && !actor.slug().equals(speaker)
                                && !cites.contains(actor.slug())) {
                            cites.add(actor.slug());
                        }
                    }
                }
            }
            return new DraftReport(reportedBy, cites);
        }

        private List<DraftSubject> subjects(Sentence s, String speaker, DraftReport report,
                String mostNamedAlliance) {
            Stance stance = stance(s);
            boolean missionWord = lexicon.missionWords.first(tokens, s.from(), s.to()) != null;
            Map<String, DraftSubject> subjects = new LinkedHashMap<>();
            for (Mention mention : mentions) {
                if (mention.from() < s.from() || mention.to() > s.to() || introduced[mention.from()]) {
                    continue;
                }
                KnownName name = mention.names().get(0);
                KnownName alliance = mention.names().stream().filter(n -> n.type() == MentionKind.ALLIANCE)
                        .findFirst().orElse(null);
                KnownName actor = alliance == null ? mention.actor() : null;
                if (alliance != null) {
                    name = alliance;
                } else if (actor != null) {
                    if (actor.slug().equals(speaker) || actor.slug().equals(report.reportedBy())
                            || report.cites().contains(actor.slug()) || actor.kind() == ActorKind.MEDIA_OUTLET) {
                        continue;
                    }
                    String mission = missionWord ? missionByTheatre.get(actor.slug()) : null;
                    if (mission != null) {
                        subjects.putIfAbsent("MISSION:" + mission, new DraftSubject(MentionKind.MISSION, mission,
                                stance, false));
                        continue;
                    }
                    name = actor;
                }
                subjects.putIfAbsent(name.type() + ":" + name.slug(), new DraftSubject(name.type(), name.slug(),
                        stance, false));
            }
            if (subjects.isEmpty() && mostNamedAlliance != null) {
                subjects.put("guess", new DraftSubject(MentionKind.ALLIANCE, mostNamedAlliance, Stance.NEUTRAL,
                        true));
            }
            return List.copyOf(subjects.values());
        }

        private Stance stance(Sentence s) {
            Stance found = Stance.NEUTRAL;
            for (int i = s.from(); i < s.to(); i++) {
                Phrases.Match<Stance> match = lexicon.stance.at(tokens, i);
                if (match != null) {
                    if (match.value() == Stance.OPPOSES) {
                        return Stance.OPPOSES;
                    }
                    found = match.value();
                }
            }
            return found;
        }

        private String mostNamedAlliance() {
            Map<String, Integer> counts = new HashMap<>();
            for (Mention mention : mentions) {
                mention.names().stream().filter(n -> n.type() == MentionKind.ALLIANCE).findFirst()
                        .ifPresent(n -> counts.merge(n.slug(), 1, Integer::sum));
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        /** A few words of the sentence from its verb on, for the statement's slug. */
        private String keyWords(Sentence s, int trigger) {
            StringBuilder words = new StringBuilder();
            int count = 0;
            for (int i = trigger; i < s.to() && count < 6; i++) {
                Token token = tokens.get(i);
                if (token.isWord() && !lexicon.stopWords.contains(token.key()) && token.key().length() > 2) {
                    words.append(token.text()).append(' ');
                    count++;
                }
            }
            return words.toString();
        }

        private String cut(int from, int to) {
            return text.substring(tokens.get(from).from(), tokens.get(to - 1).to());
        }
    }

    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase() + text.substring(1);
    }
}
