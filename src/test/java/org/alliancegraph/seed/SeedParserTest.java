package org.alliancegraph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SeedParserTest {

    private final SeedParser parser = new SeedParser();

    @Test
    void theShippedSeedsMatchTheSchema() throws IOException {
        for (String file : new String[]{"reference/nato.yaml", "reference/topics.yaml",
                "000_ab42d079f1321106.yaml"}) {
            SeedFile seed = parser.parse(file, Files.readAllBytes(Path.of("seeds", file)));
            assertTrue(seed.actors().size() + seed.topics().size() > 0, file);
        }
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        SeedException e = assertThrows(SeedException.class, () -> parse("""
                actors:
                  - { slug: someone, name: Someone }
                """));
        assertEquals("/actors/0", e.location());
        assertTrue(e.getMessage().contains("kind"), e.getMessage());
    }

    @Test
    void anUnknownFieldIsRejected() {
        SeedException e = assertThrows(SeedException.class, () -> parse("""
                topics:
                  - { slug: a-topic, name: A topic, colour: red }
                """));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void aDateMustBeAStringWithItsPrecision() {
        SeedException e = assertThrows(SeedException.class, () -> parse("""
                events:
                  - { slug: a-summit, kind: SUMMIT, name: A summit, start: 2026 }
                """));
        assertEquals("/events/0/start", e.location());
    }

    @Test
    void aSubjectNamesExactlyOneThing() {
        SeedException e = assertThrows(SeedException.class, () -> parse("""
                statements:
                  - slug: s
                    speaker: x
                    kind: POSITION
                    evidentialStatus: REPORTED
                    text: t
                    lang: fr
                    subjects: [ { stance: SUPPORTS, mission: kfor, actor: ukraine } ]
                    reports: [ { source: { quote: t } } ]
                """));
        assertTrue(e.location().startsWith("/statements/0/subjects/0"), e.location());
    }

    @Test
    void brokenYamlIsReportedAsSuch() {
        SeedException e = assertThrows(SeedException.class, () -> parse("topics: [ { slug: x"));
        assertTrue(e.getMessage().startsWith("test.yaml: /: not valid YAML"), e.getMessage());
    }

    @Test
    void aYamlErrorSaysWhereWithoutTheParsersInternals() {
        SeedException e = assertThrows(SeedException.class, () -> parse("topics:\n  - slug: x\n    name: a: b\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        for (String internal : new String[]{"[Source:", "byte[]", "'reader'", "REDACTED", "JsonLocation"}) {
            assertFalse(e.getMessage().contains(internal), e.getMessage());
        }
    }

    private SeedFile parse(String yaml) {
        return parser.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }
}
