package org.signsnet.cli;

import java.nio.file.Path;

/** Paths as a user reads them: relative to the working directory when inside it, else absolute. */
final class DisplayPaths {
    private DisplayPaths() {}

    static String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        if (absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)) {
            return workingDirectory.relativize(absolute).toString();
        }
        return absolute.toString();
    }
}
