package org.alliancegraph.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.seed.SeedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The drafts of three articles compared with their hand annotations, reading them as texts the service has never seen:
 * it knows the reference data (seeds/reference) and not the article's own actors, which the draft has to find. The
 * figures are printed, and written up in docs/drafts.md.
 */
class DraftEvaluationTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path OWN = Path.of("src/test/resources/drafts");

    @Test
    void theSeedArticleMeetsTheTargets() throws IOException {
        Evaluation.Figures figures = evaluate("seed article", SEEDS.resolve("000_ab42d079f1321106.txt"),
                SEEDS.resolve("000_ab42d079f1321106.yaml"), "fr", 2026);
        System.out.println(figures);
        assertTrue(figures.recall() >= 0.8, figures::toString);
        assertTrue(figures.precision() >= 0.7, figures::toString);
        assertEquals(figures.conditional(), figures.conditionalMarked(), figures::toString);
        assertEquals(figures.peopleAndOutlets(), figures.peopleAndOutletsFound(), figures::toString);
    }

    /** As the running service reads it once the seeds are loaded: the article's own actors are known too. */
    @Test
    void theSeedArticleWithItsOwnActorsKnown() throws IOException {
        Path annotations = SEEDS.resolve("000_ab42d079f1321106.yaml");
        Evaluation.Figures figures = evaluate("seed article, its actors known",
                SEEDS.resolve("000_ab42d079f1321106.txt"), annotations, "fr", 2026, Evaluation.read(annotations));
        System.out.println(figures);
        assertTrue(figures.recall() >= 0.8, figures::toString);
        assertTrue(figures.precision() >= 0.7, figures::toString);
        assertEquals(figures.conditional(), figures.conditionalMarked(), figures::toString);
    }

    /** Our own articles, one per language: a guard that the rules are not the seed article's alone. */
    @ParameterizedTest
    @CsvSource({"baltic-brigade-fr, fr", "iraq-drawdown-en, en"})
    void anArticleOfOurOwn(String name, String language) throws IOException {
        Evaluation.Figures figures = evaluate(name, OWN.resolve(name + ".txt"), OWN.resolve(name + ".yaml"), language,
                2026);
        System.out.println(figures);
        assertTrue(figures.recall() >= 0.6, figures::toString);
        assertTrue(figures.precision() >= 0.6, figures::toString);
    }

    /**
     * @param alsoKnown
     *            files the service has loaded besides the reference data
     */
    static Evaluation.Figures evaluate(String name, Path text, Path annotations, String language, int year,
            SeedFile... alsoKnown) throws IOException {
        List<SeedFile> known = reference();
        known.addAll(List.of(alsoKnown));
        SeedFile hand = Evaluation.read(annotations);
        String article = Files.readString(text);
        Drafter.Draft draft = new Drafter(Lexicon.load(language), Evaluation.knownNames(known)).draft(article, year,
                "test");
        return Evaluation.compare(name, article, draft, hand, known);
    }

    private static List<SeedFile> reference() throws IOException {
        List<SeedFile> known = new ArrayList<>();
        known.add(Evaluation.read(SEEDS.resolve("reference/nato.yaml")));
        known.add(Evaluation.read(SEEDS.resolve("reference/topics.yaml")));
        return known;
    }
}
