package org.alliancegraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.ClientErrorException;
import org.alliancegraph.common.DatabaseFailures;
import org.alliancegraph.common.Sha256;
import org.alliancegraph.statement.StatementRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Loads the seed files listed in {@code seeds/index.yaml}, in order, each in one transaction: a file is stored whole or
 * not at all. A file whose content (SHA-256) was loaded before is skipped, so loading twice changes nothing.
 *
 * <p>
 * The seeds are read from the class path (they are packaged with the application) unless
 * {@code alliance.seed.directory} names a directory.
 */
@ApplicationScoped
public class SeedLoader {

    /** Whether a file was stored or skipped as already loaded. */
    public enum Outcome {
        LOADED,
        UNCHANGED
    }

    /**
     * @param document
     *            the slug of the file's document, or null when it has none
     */
    public record FileResult(String file, Outcome outcome, String document) {
    }

    private static final String INDEX = "index.yaml";

    private final SeedParser parser;
    private final SeedImporter importer;
    private final Optional<Path> directory;

    SeedLoader(SeedParser parser, SeedImporter importer,
            @ConfigProperty(name = "alliance.seed.directory") Optional<Path> directory) {
        this.parser = parser;
        this.importer = importer;
        this.directory = directory;
    }

    /** Loads every file of the index, in order; stops at the first file that fails. */
    public Uni<List<FileResult>> loadAll() {
        List<String> files = index();
        List<FileResult> results = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String file : files) {
            chain = chain.chain(() -> load(file, read(file))).invoke(results::add).replaceWithVoid();
        }
        return chain.replaceWith(results);
    }

    /**
     * Loads one seed file. The YAML is parsed and checked against the schema before the database is touched; the rest
     * (references, excerpts) is checked while storing, inside the file's transaction.
     *
     * @param file
     *            path of the file relative to the seeds directory, e.g. {@code 000_ab42d079f1321106.yaml}
     */
    public Uni<FileResult> load(String file, byte[] content) {
        SeedFile seed;
        String documentText = null;
        try {
            seed = parser.parse(file, content);
            if (seed.document() != null) {
                if (seed.document().file() == null) {
                    throw new SeedException(file, "/document/file", "a seed file names the text file of its document");
                }
                documentText = readText(sibling(file, seed.document().file()), file);
            }
        } catch (SeedException e) {
            return Uni.createFrom().failure(e);
        }
        return store(file, seed, content, documentText, "seed");
    }

    /**
     * Stores a document with its annotations (the content of a seed file, whose {@code document.file} is not read), in
     * one transaction, by the same path as the seed files. Keyed by the text's SHA-256: the same text with the same
     * annotations changes nothing; with other annotations, they are stored over the previous ones.
     *
     * @param author
     *            who ingests, recorded on the records written
     */
    public Uni<FileResult> ingest(byte[] annotations, String text, String author) {
        String name = "ingested/" + Sha256.hex(text);
        SeedFile seed;
        try {
            seed = parser.parse(name, annotations);
            if (seed.document() == null) {
                throw new SeedException(name, "/document", "the annotations describe the document they come with");
            }
        } catch (SeedException e) {
            return Uni.createFrom().failure(e);
        }
        return store(name, seed, annotations, text, author);
    }

    /** Stores a parsed file in one transaction, unless a file of this name with this content was stored before. */
    private Uni<FileResult> store(String file, SeedFile seed, byte[] content, String documentText, String author) {
        String hash = Sha256.hex(new String(content, StandardCharsets.UTF_8));
        String document = seed.document() == null ? null : seed.document().slug();
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(StatementRepository.WRITE_LOCK).getSingleResult()
                .chain(() -> session.find(LoadedSeedFile.class, file))
                .chain(loaded -> {
                    if (loaded != null && loaded.sha256.equals(hash)) {
                        return Uni.createFrom().item(new FileResult(file, Outcome.UNCHANGED, document));
                    }
                    LoadedSeedFile record = loaded != null ? loaded : new LoadedSeedFile();
                    record.name = file;
                    record.sha256 = hash;
                    record.loadedAt = OffsetDateTime.now();
                    return importer.write(file, seed, documentText, author)
                            .chain(() -> loaded != null ? session.flush() : session.persist(record))
                            .replaceWith(new FileResult(file, Outcome.LOADED, document));
                })))
                .onFailure(ClientErrorException.class)
                .transform(failure -> located(file, (ClientErrorException) failure))
                .onFailure(failure -> !(failure instanceof SeedException) && !DatabaseFailures.unavailable(failure)
                        && !DatabaseFailures.statementTimedOut(failure))
                .transform(failure -> new SeedException(file, "", "could not be stored: " + rootMessage(failure),
                        failure))
                .invoke(result -> Log.infof("Seed %s: %s", result.file(), result.outcome()));
    }

    /** A write service's refusal, at the entry of the file its field points at (a JSON pointer). */
    private static SeedException located(String file, ClientErrorException refusal) {
        return new SeedException(file, refusal.field() == null ? "" : refusal.field(), refusal.problem(), refusal);
    }

    /** The files of seeds/index.yaml, in load order. */
    List<String> index() {
        try {
            var tree = new ObjectMapper(new YAMLFactory()).readTree(read(INDEX));
            List<String> files = new ArrayList<>();
            tree.path("files").forEach(node -> files.add(node.asText()));
            if (files.isEmpty()) {
                throw new SeedException(INDEX, "/files", "lists no seed file");
            }
            return files;
        } catch (IOException e) {
            throw new SeedException(INDEX, "", "not valid YAML: " + SeedParser.problem(e), e);
        }
    }

    byte[] read(String file) {
        try {
            if (directory.isPresent()) {
                return Files.readAllBytes(directory.get().resolve(file));
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("seeds/" + file)) {
                if (in == null) {
                    throw new SeedException(file, "", "no such seed file on the class path (seeds/" + file + ")");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + file, e);
        }
    }

    private String readText(String path, String seedFile) {
        try {
            return new String(read(path), StandardCharsets.UTF_8);
        } catch (SeedException | UncheckedIOException e) {
            throw new SeedException(seedFile, "/document/file", "cannot read the document " + path);
        }
    }

    private static String sibling(String file, String name) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? name : file.substring(0, slash + 1) + name;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
