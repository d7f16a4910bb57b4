package org.signsnet.cli;

import java.nio.file.Path;
import org.signsnet.data.DataDirectoryResolver;
import picocli.CommandLine.Option;

/** {@code --data DIR}, shared by every command that reads the SIGNS data. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = {"Directory holding train_signs.h5 and test_signs.h5. Default: $SIGNS_DATA_DIR, "
                    + "else the project's data/signs/ (see docs/data.md)."})
    private Path directory;

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
