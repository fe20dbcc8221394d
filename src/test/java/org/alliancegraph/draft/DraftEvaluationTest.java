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
        List<SeedFile> known = reference();
        known.add(Evaluation.read(SEEDS.resolve("000_ab42d079f1321106.yaml")));
        String article = Files.readString(SEEDS.resolve("000_ab42d079f1321106.txt"));
        Drafter.Draft draft = new Drafter(Lexicon.load("fr"), Evaluation.knownNames(known)).draft(article, 2026,
                "test");
        Evaluation.Figures figures = Evaluation.compare("seed article, its actors known", article, draft,
                known.get(known.size() - 1), known);
        System.out.println(figures);
        assertTrue(figures.recall() >= 0.8, figures::toString);
        assertTrue(figures.precision() >= 0.7, figures::toString);
        assertEquals(figures.conditional(), figures.conditionalMarked(), figures::toString);
    }

    @Test
    void anArticleOfOurOwnInFrench() throws IOException {
        Evaluation.Figures figures = evaluate("French article", OWN.resolve("baltic-brigade-fr.txt"),
                OWN.resolve("baltic-brigade-fr.yaml"), "fr", 2026);
        System.out.println(figures);
        assertTrue(figures.recall() >= 0.6, figures::toString);
        assertTrue(figures.precision() >= 0.6, figures::toString);
    }

    @Test
    void anArticleOfOurOwnInEnglish() throws IOException {
        Evaluation.Figures figures = evaluate("English article", OWN.resolve("iraq-drawdown-en.txt"),
                OWN.resolve("iraq-drawdown-en.yaml"), "en", 2026);
        System.out.println(figures);
        assertTrue(figures.recall() >= 0.6, figures::toString);
        assertTrue(figures.precision() >= 0.6, figures::toString);
    }

    static Evaluation.Figures evaluate(String name, Path text, Path annotations, String language, int year)
            throws IOException {
        List<SeedFile> known = reference();
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
