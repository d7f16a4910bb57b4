package org.signsnet.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.signsnet.SignsnetException;
import org.signsnet.data.DataDirectoryResolver;
import picocli.CommandLine.Option;

/** {@code --data DIR}, shared by every command that reads the SIGNS data. */
public final class DataOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = {
                "Directory holding train_signs.h5 and test_signs.h5. Default: $SIGNS_DATA_DIR, "
                        + "else the project's data/signs/ (see docs/data.md)."
            })
    private Path directory;

    /**
     * The data directory to use, or empty when none is found; a {@code --data} that does not hold the
     * files is an error all the same.
     */
    public Optional<Path> resolveIfFound() {
        if (directory != null) {
            return Optional.of(resolve());
        }
        try {
            return Optional.of(resolve());
        } catch (SignsnetException e) {
            return Optional.empty();
        }
    }

    /** The data directory to use, resolved in the documented order. */
    public Path resolve() {
        return resolveCandidate().directory();
    }

    /** The data directory to use and the rule that chose it. */
    public DataDirectoryResolver.Candidate resolveCandidate() {
        return DataDirectoryResolver.fromSystem().resolve(directory);
    }

    /** The {@code --data} directory as given, or null when the option is absent. */
    Path given() {
        return directory;
    }
}
