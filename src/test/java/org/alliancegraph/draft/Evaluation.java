package org.alliancegraph.draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.alliancegraph.actor.ActorKind;
import org.alliancegraph.common.Names;
import org.alliancegraph.seed.SeedFile;
import org.alliancegraph.seed.TextSpans;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Compares a draft with an article's hand annotations. A hand statement is found when a drafted statement has the same
 * speaker (by slug, or for an actor the draft proposes, by one of the hand actor's names) and a span that overlaps one
 * of the hand statement's report excerpts; a drafted statement is right when it finds one.
 */
final class Evaluation {

    /** The figures of one article. */
    record Figures(String article, int hand, int drafted, int found, int right, int reportedFound,
            int reportedMarked, int conditional, int conditionalMarked, int peopleAndOutlets, int peopleAndOutletsFound,
            List<String> missed, List<String> wrong) {

        double recall() {
            return hand == 0 ? 1 : (double) found / hand;
        }

        double precision() {
            return drafted == 0 ? 1 : (double) right / drafted;
        }

        @Override
        public String toString() {
            return String.format("%s: statements %d hand, %d drafted; recall %d/%d = %.0f%%, precision %d/%d = %.0f%%;"
                    + " reported found and marked %d/%d; conditional marked %d/%d; people and outlets found %d/%d%n"
                    + "  missed: %s%n  wrong: %s", article, hand, drafted, found, hand, 100 * recall(), right,
                    drafted, 100 * precision(), reportedMarked, reportedFound, conditionalMarked, conditional,
                    peopleAndOutletsFound, peopleAndOutlets, missed, wrong);
        }
    }

    /** A French or English verb form that reports without confirming: a conditional, or an English hedge. */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\b\\p{L}+(?:rait|raient)\\b|\\b(?:reportedly|allegedly|would|could)\\b");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Evaluation() {
    }

    static SeedFile read(Path file) throws IOException {
        return YAML.readValue(Files.readAllBytes(file), SeedFile.class);
    }

    /** What the service knows after loading these files: the names of their actors, alliances, missions, events. */
    static List<KnownName> knownNames(List<SeedFile> files) {
        List<KnownName> names = new ArrayList<>();
        for (SeedFile file : files) {
            for (SeedFile.ActorSeed actor : file.actors()) {
                ActorKind kind = ActorKind.valueOf(actor.kind());
                names.add(new KnownName(MentionKind.ACTOR, actor.slug(), actor.name(), kind, null));
                actor.names().forEach(n -> names.add(new KnownName(MentionKind.ACTOR, actor.slug(), n.name(), kind,
                        null)));
            }
            for (SeedFile.AllianceSeed alliance : file.alliances()) {
                names.add(new KnownName(MentionKind.ALLIANCE, alliance.slug(), alliance.name(), null,
                        alliance.organisation()));
                alliance.names().forEach(n -> names.add(new KnownName(MentionKind.ALLIANCE, alliance.slug(), n.name(),
                        null, alliance.organisation())));
            }
            for (SeedFile.MissionSeed mission : file.missions()) {
                names.add(new KnownName(MentionKind.MISSION, mission.slug(), mission.name(), null,
                        mission.theatreActor()));
                if (mission.acronym() != null) {
                    names.add(new KnownName(MentionKind.MISSION, mission.slug(), mission.acronym(), null,
                            mission.theatreActor()));
                }
            }
            for (SeedFile.EventSeed event : file.events()) {
                names.add(new KnownName(MentionKind.EVENT, event.slug(), event.name(), null, null));
            }
        }
        return names;
    }

    static Figures compare(String article, String text, Drafter.Draft draft, SeedFile hand, List<SeedFile> known) {
        TextSpans spans = new TextSpans(text);
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        for (SeedFile file : concat(known, hand)) {
            for (SeedFile.ActorSeed actor : file.actors()) {
                Set<String> keys = names.computeIfAbsent(actor.slug(), k -> new HashSet<>());
                keys.add(Names.key(actor.name()));
                actor.names().forEach(n -> keys.add(Names.key(n.name())));
                kinds.put(actor.slug(), actor.kind());
            }
        }
        Map<String, String> draftNames = new HashMap<>();
        draft.actors().forEach(actor -> draftNames.put(actor.slug(), Names.key(actor.name())));

        int found = 0;
        int reportedFound = 0;
        int reportedMarked = 0;
        int conditional = 0;
        int conditionalMarked = 0;
        List<String> missed = new ArrayList<>();
        Set<DraftStatement> right = new HashSet<>();
        for (SeedFile.StatementSeed statement : hand.statements()) {
            List<TextSpans.Span> sources = statement.reports().stream()
                    .filter(r -> r.source() != null && r.source().quote() != null)
                    .map(r -> spans.locate(r.source().quote(), r.source().occurrence())).toList();
            DraftStatement match = null;
            for (DraftStatement drafted : draft.statements()) {
                boolean overlaps = sources.stream()
                        .anyMatch(s -> s.start() < drafted.end() && drafted.start() < s.end());
                if (overlaps && sameSpeaker(drafted.speaker(), statement.speaker(), names, draftNames)) {
                    match = drafted;
                    right.add(drafted);
                }
            }
            boolean reported = statement.evidentialStatus().equals("REPORTED");
            boolean conditionalMood = reported && CONDITIONAL.matcher(statement.text()).find();
            if (conditionalMood) {
                conditional++;
            }
            if (match == null) {
                missed.add(statement.slug());
                continue;
            }
            found++;
            if (reported) {
                reportedFound++;
                if (match.evidentialStatus().name().equals("REPORTED")) {
                    reportedMarked++;
                }
            }
            if (conditionalMood && match.evidentialStatus().name().equals("REPORTED")) {
                conditionalMarked++;
            }
        }
        List<String> wrong = draft.statements().stream().filter(s -> !right.contains(s))
                .map(s -> s.speaker() + ": " + s.text()).toList();

        int people = 0;
        int peopleFound = 0;
        String textKey = Names.key(text);
        for (SeedFile.ActorSeed actor : hand.actors()) {
            boolean named = names.get(actor.slug()).stream().anyMatch(textKey::contains);
            if (!named || !(actor.kind().equals("PERSON") || actor.kind().equals("MEDIA_OUTLET"))) {
                continue;
            }
            people++;
            if (draft.actors().stream().anyMatch(a -> a.slug().equals(actor.slug())
                    || names.get(actor.slug()).contains(Names.key(a.name())))) {
                peopleFound++;
            } else {
                missed.add("actor " + actor.slug());
            }
        }
        return new Figures(article, hand.statements().size(), draft.statements().size(), found, right.size(),
                reportedFound, reportedMarked, conditional, conditionalMarked, people, peopleFound, missed, wrong);
    }

    private static boolean sameSpeaker(String drafted, String hand, Map<String, Set<String>> names,
            Map<String, String> draftNames) {
        if (drafted.equals(hand)) {
            return true;
        }
        String draftName = draftNames.get(drafted);
        return draftName != null && names.getOrDefault(hand, Set.of()).contains(draftName);
    }

    private static List<SeedFile> concat(List<SeedFile> known, SeedFile hand) {
        List<SeedFile> all = new ArrayList<>(known);
        all.add(hand);
        return all;
    }
}
