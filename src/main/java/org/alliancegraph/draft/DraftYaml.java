package org.alliancegraph.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliancegraph.actor.ActorKind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Writes a draft as the seed file an editor would save: the document, the actors the text introduces (a person with the
 * role the text gives, sourced by its words), and the statements with their subjects and reports, each report pointing
 * at its sentence by offsets and quote.
 */
final class DraftYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    /** The document's header, as the seed file gives it. */
    record Document(String slug, String title, String language, String url, String published) {
    }

    private DraftYaml() {
    }

    static String write(Document document, Drafter.Draft draft) {
        Map<String, Object> file = new LinkedHashMap<>();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("slug", document.slug());
        header.put("title", document.title());
        header.put("language", document.language());
        putIfGiven(header, "url", document.url());
        putIfGiven(header, "published", document.published());
        List<Object> actors = new ArrayList<>();
        for (Drafter.NewActor actor : draft.newActors()) {
            actors.add(actor(actor));
        }
        if (!actors.isEmpty()) {
            file.put("actors", actors);
        }
        file.put("document", header);
        List<Object> statements = new ArrayList<>();
        for (DraftStatement statement : draft.statements()) {
            statements.add(statement(statement, document.language()));
        }
        if (!statements.isEmpty()) {
            file.put("statements", statements);
        }
        try {
            return "# Drafted by draftAnnotations: a proposal. Check each entry against the text, correct it, then\n"
                    + "# ingestDocument(text, annotations). Speakers and subjects it guessed are flagged in the draft's\n"
                    + "# statements (speakerGuessed, subjects.guessed).\n" + YAML.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft could not be written as YAML", e);
        }
    }

    private static Map<String, Object> actor(Drafter.NewActor actor) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("slug", actor.slug());
        entry.put("kind", actor.kind().name());
        entry.put("name", actor.name());
        putIfGiven(entry, "affiliation", actor.affiliation());
        putIfGiven(entry, "groupSize", actor.groupSize());
        if (actor.kind() == ActorKind.PERSON && actor.roleKey() != null) {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("key", actor.roleKey());
            role.put("title", actor.rolePhrase());
            role.put("originalTitle", actor.rolePhrase());
            putIfGiven(role, "organisation", actor.organisation());
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("start", actor.roleStart());
            source.put("end", actor.roleEnd());
            role.put("source", source);
            entry.put("roles", List.of(role));
        }
        return entry;
    }

    private static Map<String, Object> statement(DraftStatement statement, String language) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("slug", statement.slug());
        entry.put("speaker", statement.speaker());
        putIfGiven(entry, "speakerRole", statement.speakerRole());
        entry.put("kind", statement.kind().name());
        entry.put("evidentialStatus", statement.evidentialStatus().name());
        entry.put("text", statement.text());
        entry.put("lang", language);
        putIfGiven(entry, "quote", statement.quote());
        List<Object> subjects = new ArrayList<>();
        for (DraftSubject subject : statement.subjects()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put(subject.kind().name().toLowerCase(Locale.ROOT), subject.slug());
            item.put("stance", subject.stance().name());
            subjects.add(item);
        }
        entry.put("subjects", subjects);
        Map<String, Object> report = new LinkedHashMap<>();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("quote", statement.text());
        source.put("start", statement.start());
        source.put("end", statement.end());
        report.put("source", source);
        putIfGiven(report, "reportedBy", statement.report().reportedBy());
        if (!statement.report().cites().isEmpty()) {
            report.put("cites", statement.report().cites());
        }
        entry.put("reports", List.of(report));
        return entry;
    }

    private static void putIfGiven(Map<String, Object> entry, String field, Object value) {
        if (value != null) {
            entry.put(field, value);
        }
    }
}
