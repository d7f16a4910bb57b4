package org.signsnet.data;

import java.util.function.Consumer;

/**
 * What reading a photo folder tells its caller while it works: warnings about files it skips or
 * finds twice (each said once), and how many photos are decoded so far. The CLI prints the
 * warnings on standard error; a web page can show both.
 */
public interface FolderListener {
    /** A file was skipped, or the same photo was found more than once; one line. */
    default void warning(String message) {}

    /** {@code done} of {@code total} photos are decoded. */
    default void decoded(int done, int total) {}

    /** A listener that ignores everything. */
    static FolderListener none() {
        return new FolderListener() {};
    }

    /** A listener that passes the warnings to {@code sink}. */
    static FolderListener warnings(Consumer<String> sink) {
        return new FolderListener() {
            @Override
            public void warning(String message) {
                sink.accept(message);
            }
        };
    }
}
