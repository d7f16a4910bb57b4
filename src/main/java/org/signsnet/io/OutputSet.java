package org.signsnet.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/**
 * Output files written as one set: each is written into a staging directory beside them
 * ({@code .outputs.*.tmp}), and only when all are complete does {@link #commit} rename them into
 * place, one atomic rename each. A failure on the way (a full disk, a permission) leaves none of
 * the set's files: the directory keeps what it held before, never a report page without its
 * pictures or a model without its metrics. Closing an uncommitted set deletes the staging directory;
 * {@link AtomicFiles#deleteLeftovers} removes one a killed process left.
 */
public final class OutputSet implements AutoCloseable {
    /** Name prefix and suffix of staging directories. */
    static final String PREFIX = ".outputs.";

    static final String SUFFIX = ".tmp";

    private final Path directory;
    private final Path staging;
    private final Set<String> names = new LinkedHashSet<>();
    private boolean committed;

    private OutputSet(Path directory, Path staging) {
        this.directory = directory;
        this.staging = staging;
    }

    /** A new set of files for {@code directory} (created if needed). */
    public static OutputSet in(Path directory) {
        try {
            Files.createDirectories(directory);
            return new OutputSet(
                    directory, Files.createDirectory(directory.resolve(PREFIX + UUID.randomUUID() + SUFFIX)));
        } catch (IOException e) {
            throw SignsnetException.io("cannot write into " + directory + ": " + FailureText.of(e), e);
        }
    }

    /**
     * Writes the set's file {@code name} through {@code writer} (which may write more files beside
     * it, such as a model's provenance) and returns where it is staged, for files that embed it.
     */
    public Path write(String name, AtomicFiles.Writer writer) {
        Path staged = staging.resolve(name);
        names.add(name);
        try {
            writer.writeTo(staged);
            return staged;
        } catch (IOException | RuntimeException e) {
            // the reason in words, without the staging path an inner error names
            Throwable reason = e instanceof SignsnetException && e.getCause() != null ? e.getCause() : e;
            String why = FailureText.of(reason) + (FailureText.isDiskFull(e) ? freeSpace() : "");
            ErrorKind kind = e instanceof SignsnetException se ? se.kind() : ErrorKind.IO;
            throw new SignsnetException(
                    kind,
                    "cannot write " + directory.resolve(name) + ": " + why + "; none of this run's files were"
                            + " written, " + directory + " keeps what it held",
                    e);
        }
    }

    /**
     * Renames every file of the set into the directory, in the order they were written (files a
     * writer added beside them after); returns their final paths.
     */
    public List<Path> commit() {
        List<Path> done = new ArrayList<>();
        try {
            for (Path staged : stagedFiles()) {
                Path target = directory.resolve(staged.getFileName().toString());
                AtomicFiles.moveIntoPlace(staged, target);
                done.add(target);
            }
            committed = true;
            deleteStaging();
            return done;
        } catch (IOException e) {
            throw SignsnetException.io(
                    "cannot move the new files into " + directory + ": " + FailureText.of(e) + freeSpace(), e);
        }
    }

    /** Deletes the staging directory and whatever of the set it still holds. */
    @Override
    public void close() {
        if (!committed) {
            deleteStaging();
        }
    }

    private List<Path> stagedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.add(staging.resolve(name));
        }
        try (Stream<Path> all = Files.list(staging)) {
            all.filter(p -> !names.contains(p.getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .forEach(files::add);
        }
        return files.stream().filter(Files::isRegularFile).toList();
    }

    private void deleteStaging() {
        deleteTree(staging);
    }

    /** Deletes {@code dir} and everything in it, ignoring failures (a leftover is never an output). */
    static void deleteTree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                AtomicFiles.deleteQuietly(p);
            }
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    /** " (N KB free in DIR)" when the file system says, for messages about a full disk. */
    private String freeSpace() {
        try {
            long free = Files.getFileStore(directory).getUsableSpace();
            return " (" + free / 1024 + " KB free there)";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
