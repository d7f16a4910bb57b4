package org.signsnet.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a path that {@link Files#exists} says is not there cannot be used, for messages that name
 * it: it does not exist, it is a symbolic link loop (a link that leads back to itself), or it is a
 * link to something that does not exist.
 */
public final class AbsentPaths {
    private AbsentPaths() {}

    /** "does not exist", "is a symbolic link loop" or "is a broken symbolic link (to TARGET)". */
    public static String why(Path path) {
        if (throughLoop(path)) {
            return "is a symbolic link loop (a link that leads back to itself)";
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return "does not exist";
        }
        try {
            return "is a broken symbolic link (to " + Files.readSymbolicLink(path) + ", which does not exist)";
        } catch (IOException | UnsupportedOperationException e) {
            return "does not exist";
        }
    }

    /** Whether resolving {@code path} fails with the system's "too many levels of symbolic links". */
    private static boolean throughLoop(Path path) {
        try {
            path.toRealPath();
            return false;
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
            return reason.contains("too many levels of symbolic links") || reason.contains("loop");
        } catch (IOException e) {
            return false;
        }
    }
}
