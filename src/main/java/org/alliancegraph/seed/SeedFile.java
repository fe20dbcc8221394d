package org.alliancegraph.seed;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One seed file as written in {@code seeds/}: the Java form of {@code seeds/seed.schema.json}. The schema is checked
 * first, so fields the schema requires are present here.
 */
@RegisterForReflection(targets = {
        SeedFile.class, SeedFile.Source.class, SeedFile.NameSeed.class, SeedFile.TopicSeed.class,
        SeedFile.RoleSeed.class, SeedFile.ActorSeed.class, SeedFile.MembershipSeed.class,
        SeedFile.AllianceSeed.class, SeedFile.EventSeed.class, SeedFile.DocumentSeed.class,
        SeedFile.ObjectiveSeed.class, SeedFile.TroopStrengthSeed.class, SeedFile.StatusChangeSeed.class,
        SeedFile.MissionSeed.class, SeedFile.SubjectSeed.class, SeedFile.ReportSeed.class,
        SeedFile.StatementSeed.class, SeedFile.FactSourceSeed.class})
public record SeedFile(List<TopicSeed> topics, List<ActorSeed> actors, List<AllianceSeed> alliances,
        List<EventSeed> events, DocumentSeed document, List<MissionSeed> missions, List<StatementSeed> statements,
        List<FactSourceSeed> factSources) {

    public SeedFile {
        topics = orEmpty(topics);
        actors = orEmpty(actors);
        alliances = orEmpty(alliances);
        events = orEmpty(events);
        missions = orEmpty(missions);
        statements = orEmpty(statements);
        factSources = orEmpty(factSources);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * Where in the document something is said (a quote to find, a span, or both), or, for a fact the document does not
     * state, where it comes from instead: {@code from} (e.g. "reference") and a {@code url}.
     */
    public record Source(String quote, Integer occurrence, Integer start, Integer end, String from, String url) {

        /** Whether it names an origin outside the document rather than a span of it. */
        public boolean external() {
            return from != null;
        }
    }

    /**
     * A source in this file's document for a fact of a record that another file defines (or this one): an alliance's
     * {@code decisionRule}, a mission's {@code mandate} or {@code start}.
     */
    public record FactSourceSeed(String alliance, String mission, String fact, Source source) {
    }

    public record NameSeed(String name, String lang, String kind) {
    }

    public record TopicSeed(String slug, String name, String description) {
    }

    public record RoleSeed(String key, String title, String originalTitle, String organisation, String from,
            String until, Source source) {
    }

    public record ActorSeed(String slug, String kind, String name, String description, String country,
            String affiliation, Integer groupSize, String isoCode, String wikidata, List<NameSeed> names,
            List<RoleSeed> roles) {
        public ActorSeed {
            names = orEmpty(names);
            roles = orEmpty(roles);
        }
    }

    public record MembershipSeed(String actor, String status, String category, String from, String until,
            Source source) {
    }

    public record AllianceSeed(String slug, String name, String acronym, String organisation, String founded,
            String headquarters, String scope, String decisionRule, Source decisionRuleSource, String description,
            List<NameSeed> names, List<MembershipSeed> memberships) {
        public AllianceSeed {
            names = orEmpty(names);
            memberships = orEmpty(memberships);
        }
    }

    public record EventSeed(String slug, String kind, String name, String alliance, String place, String placeActor,
            String start, String end, String description, Source source) {
    }

    public record DocumentSeed(String slug, String file, String title, String outlet, String url, String language,
            String published) {
    }

    public record ObjectiveSeed(String text, String lang, String translation, Source source) {
    }

    public record TroopStrengthSeed(int troops, boolean approximate, String asOf, Source source) {
    }

    public record StatusChangeSeed(String kind, String status, String realisation, String effective,
            String effectiveBound, String proposedBy, String statement, Source source) {
    }

    public record MissionSeed(String slug, String alliance, String name, String acronym, String kind, String theatre,
            String theatreActor, String mandate, Source mandateSource, String description, String start,
            Source startSource, String end, List<ObjectiveSeed> objectives, List<TroopStrengthSeed> troopStrengths,
            List<StatusChangeSeed> statusChanges) {
        public MissionSeed {
            objectives = orEmpty(objectives);
            troopStrengths = orEmpty(troopStrengths);
            statusChanges = orEmpty(statusChanges);
        }
    }

    public record SubjectSeed(String stance, String alliance, String mission, String actor, String event,
            String topic) {
    }

    public record ReportSeed(Source source, String reportedBy, List<String> cites) {
        public ReportSeed {
            cites = orEmpty(cites);
        }
    }

    public record StatementSeed(String slug, String speaker, String speakerRole, String kind, String evidentialStatus,
            String text, String lang, String quote, String translation, String translationLang, String said,
            String event, List<SubjectSeed> subjects, List<ReportSeed> reports) {
        public StatementSeed {
            subjects = orEmpty(subjects);
            reports = orEmpty(reports);
        }
    }
}
