package org.signsnet.data;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The root of a signsnet checkout (the directory holding {@code pom.xml}, {@code data/} and
 * {@code scripts/}), found from where signsnet's own classes were loaded, so that the launcher,
 * {@code ./mvnw exec:java}, an IDE's "Run Main" and a Jupyter kernel all find the project's data
 * whatever their working directory.
 *
 * <p>Rule: starting at the code source of signsnet's classes ({@code target/classes} or
 * {@code target/signsnet-VERSION.jar}), the nearest of it and its two parents that holds a
 * {@code pom.xml}. Classes loaded from anywhere else (a jar copied out of the project, the local
 * Maven repository) have no project directory.
 */
public final class ProjectDirectory {
    /** How many parents of the code source are searched ({@code target/classes -> target -> root}). */
    private static final int MAX_LEVELS_UP = 2;

    private ProjectDirectory() {}

    /** The checkout signsnet's classes were loaded from, if they were loaded from one. */
    public static Optional<Path> ofCodeSource() {
        CodeSource source = ProjectDirectory.class.getProtectionDomain().getCodeSource();
        return source == null ? Optional.empty() : fromLocation(source.getLocation());
    }

    /**
     * The sample photos ({@code data/samples/}: the 120 test photos as JPEGs and {@code my_image.jpg})
     * of the project, else {@code data/samples} under the working directory.
     */
    public static Path samplesDirectory() {
        return ofCodeSource()
                .orElse(Path.of("").toAbsolutePath())
                .resolve("data")
                .resolve("samples");
    }

    /**
     * The notebooks ({@code notebooks-port/}) of the project, else {@code notebooks-port} under the
     * working directory.
     */
    public static Path notebooksDirectory() {
        return ofCodeSource().orElse(Path.of("").toAbsolutePath()).resolve("notebooks-port");
    }

    /** The project directory above a code source location ({@code file:} URLs only). */
    static Optional<Path> fromLocation(URL location) {
        if (location == null || !"file".equals(location.getProtocol())) {
            return Optional.empty();
        }
        try {
            return above(Path.of(location.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The nearest of {@code classes} and its two parents that holds a {@code pom.xml}. */
    static Optional<Path> above(Path classes) {
        Path dir = classes.toAbsolutePath().normalize();
        for (int level = 0; dir != null && level <= MAX_LEVELS_UP; level++, dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
