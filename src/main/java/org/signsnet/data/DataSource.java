package org.signsnet.data;

import java.nio.file.Path;

/**
 * Where a run's training and test images come from: the SIGNS HDF5 files of a data directory
 * ({@link #signs}) or a folder of photos, one subfolder per class ({@link #images}). A job loads
 * the data when it starts, so that everything is checked before any output is written.
 */
@FunctionalInterface
public interface DataSource {
    /** Reads, checks and preprocesses the data (a DATA or IO error names what is wrong). */
    SignsData load();

    /** The notebook's {@code load_dataset()}: {@code train_signs.h5} and {@code test_signs.h5} in {@code directory}. */
    static DataSource signs(Path directory) {
        return () -> new SignsDataLoader().load(directory);
    }

    /**
     * The photos in {@code folder} ({@link ImageFolder}): its {@code train/} and {@code test/}, or
     * else a stratified split drawn with {@code splitSeed}; decoded as {@code predict} reads photos
     * ({@link FolderImages}). Skipped files and duplicates are told to {@code listener}.
     */
    static DataSource images(Path folder, long splitSeed, FolderListener listener) {
        return () -> {
            ImageFolder scanned = ImageFolder.scan(folder, listener);
            return FolderImages.load(scanned, scanned.split(splitSeed), listener)
                    .toSignsData();
        };
    }

    /** This data and {@code other}'s together ({@link SignsData#plus}): SIGNS and a photo folder. */
    default DataSource plus(DataSource other) {
        return () -> load().plus(other.load());
    }
}
