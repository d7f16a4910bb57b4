package org.signsnet.data;

import java.util.List;
import java.util.Objects;

/**
 * What {@code signsnet data verify} reports: the data directory in use, how it was found, and for
 * each SIGNS file its checksums and provenance (original, reconstruction or unknown).
 *
 * @param directory the directory and the rule that chose it
 * @param files {@code train_signs.h5} then {@code test_signs.h5}
 */
public record DataVerification(DataDirectoryResolver.Candidate directory, List<DataChecksums.Identity> files) {
    public DataVerification {
        Objects.requireNonNull(directory, "directory");
        files = List.copyOf(files);
    }

    /** Checksums both files of {@code directory} (which {@link DataDirectoryResolver#resolve} returned). */
    public static DataVerification of(DataDirectoryResolver.Candidate directory) {
        return new DataVerification(
                directory,
                List.of(
                        DataChecksums.identify(directory.directory().resolve(SignsDataLoader.TRAIN_FILE)),
                        DataChecksums.identify(directory.directory().resolve(SignsDataLoader.TEST_FILE))));
    }

    /** True when both files are the course's originals. */
    public boolean allOriginal() {
        return files.stream().allMatch(f -> f.provenance() == DataChecksums.Provenance.ORIGINAL);
    }
}
