package org.signsnet.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.signsnet.SignsnetException;
import org.signsnet.io.AbsentPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the directory holding {@code train_signs.h5} and {@code test_signs.h5}. Order:
 * <ol>
 *   <li>{@code --data DIR} when given: used or rejected, never skipped;</li>
 *   <li>the environment variable {@value #ENV_VARIABLE};</li>
 *   <li>{@code data/signs/} of the project signsnet's classes were loaded from ({@link
 *       ProjectDirectory}), whatever the working directory: the data that ships with signsnet;</li>
 *   <li>{@code data/signs/} under the working directory (for classes loaded from outside a checkout).</li>
 * </ol>
 * A candidate counts only when it holds both files as regular files. Relative paths are resolved
 * against the working directory. The environment, the working directory and the project directory
 * are injected so tests control them.
 */
public final class DataDirectoryResolver {
    /** The environment variable naming a data directory. */
    public static final String ENV_VARIABLE = "SIGNS_DATA_DIR";

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryResolver.class);
    private static final String WHAT_TO_PUT = "put " + SignsDataLoader.TRAIN_FILE + " and " + SignsDataLoader.TEST_FILE
            + " in one of them or pass --data DIR (see data/README.md)";

    /** The origin of the project's own data directory. */
    public static final String PROJECT_ORIGIN = "the project's data/signs, found from signsnet's class path";
    /** The origin of {@code data/signs} under the working directory. */
    public static final String WORKING_DIRECTORY_ORIGIN = "data/signs under the working directory";

    private final Function<String, String> environment;
    private final Path workingDirectory;
    private final Optional<Path> projectDirectory;

    /**
     * @param environment looks up an environment variable, returning null when unset ({@code System::getenv})
     * @param workingDirectory the directory relative paths are resolved against
     * @param projectDirectory the signsnet checkout whose {@code data/signs} is the default, if any
     */
    public DataDirectoryResolver(
            Function<String, String> environment, Path workingDirectory, Optional<Path> projectDirectory) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.workingDirectory =
                Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath();
        this.projectDirectory = Objects.requireNonNull(projectDirectory, "projectDirectory");
    }

    /**
     * The resolver for this process: {@link System#getenv(String)}, the current directory and the
     * checkout signsnet's classes come from.
     */
    public static DataDirectoryResolver fromSystem() {
        return new DataDirectoryResolver(System::getenv, Path.of("").toAbsolutePath(), ProjectDirectory.ofCodeSource());
    }

    /** A directory that was tried, and why it was a candidate ("--data", "SIGNS_DATA_DIR", ...). */
    public record Candidate(Path directory, String origin) {
        public Candidate {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(origin, "origin");
        }

        /** True when both SIGNS files are regular files here. */
        public boolean holdsBothFiles() {
            return Files.isRegularFile(directory.resolve(SignsDataLoader.TRAIN_FILE))
                    && Files.isRegularFile(directory.resolve(SignsDataLoader.TEST_FILE));
        }

        @Override
        public String toString() {
            return directory + " (" + origin + ")";
        }
    }

    /**
     * The data directory to use.
     *
     * @param explicitDirectory the {@code --data} option, or null when not given
     * @throws SignsnetException of kind DATA naming the explicit directory, or every place looked at
     */
    public Candidate resolve(Path explicitDirectory) {
        if (explicitDirectory != null) {
            Candidate explicit = new Candidate(absolute(explicitDirectory), "--data");
            if (!explicit.holdsBothFiles()) {
                throw SignsnetException.data("--data " + explicit.directory() + " " + missing(explicit.directory())
                        + "; expected a directory holding " + SignsDataLoader.TRAIN_FILE + " and "
                        + SignsDataLoader.TEST_FILE + " (see data/README.md)");
            }
            return explicit;
        }
        List<Candidate> candidates = candidates();
        for (Candidate candidate : candidates) {
            if (candidate.holdsBothFiles()) {
                return candidate;
            }
            if (candidate.origin().equals(ENV_VARIABLE)) {
                LOG.warn(
                        "{}={} {}; looking further",
                        ENV_VARIABLE,
                        candidate.directory(),
                        missing(candidate.directory()));
            }
        }
        throw SignsnetException.data("SIGNS data not found; looked in "
                + candidates.stream().map(Candidate::toString).collect(Collectors.joining(", ")) + "; " + WHAT_TO_PUT);
    }

    /** The places searched when no {@code --data} is given, in order. */
    public List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        String fromEnvironment = environment.apply(ENV_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            candidates.add(new Candidate(absolute(Path.of(fromEnvironment.strip())), ENV_VARIABLE));
        }
        Optional<Path> project = projectDirectory.map(dir -> dataSigns(dir.toAbsolutePath()));
        project.ifPresent(dir -> candidates.add(new Candidate(dir, PROJECT_ORIGIN)));
        Path underWorkingDirectory = dataSigns(workingDirectory);
        if (!project.equals(Optional.of(underWorkingDirectory))) {
            candidates.add(new Candidate(underWorkingDirectory, WORKING_DIRECTORY_ORIGIN));
        }
        return candidates;
    }

    private static Path dataSigns(Path root) {
        return root.resolve("data").resolve("signs").normalize();
    }

    private Path absolute(Path path) {
        return workingDirectory.resolve(path).normalize();
    }

    private static String missing(Path directory) {
        if (!Files.exists(directory)) {
            return AbsentPaths.why(directory);
        }
        if (!Files.isDirectory(directory)) {
            return "is not a directory";
        }
        List<String> absent = new ArrayList<>();
        for (String name : List.of(SignsDataLoader.TRAIN_FILE, SignsDataLoader.TEST_FILE)) {
            if (!Files.isRegularFile(directory.resolve(name))) {
                absent.add(name);
            }
        }
        return "has no " + String.join(" and no ", absent);
    }
}
