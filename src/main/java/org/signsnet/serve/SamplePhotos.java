package org.signsnet.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.signsnet.SignsnetException;
import org.signsnet.data.ProjectDirectory;

/**
 * The sample photos the page offers with one click: the image files of one directory, listed at
 * start-up. A photo is served only by a name from that list, never by a path built from the
 * request, so no request reaches another file.
 *
 * <p>The directory is, in order: {@code --samples DIR}; the environment variable
 * {@value #ENV_VARIABLE}; the project's {@code data/samples/}, which ships with signsnet (found from
 * signsnet's classes as the data is, {@link ProjectDirectory#samplesDirectory()}). A name like
 * {@code 3_IMG_5942.jpg} carries its true class (3).
 */
public final class SamplePhotos {
    public static final String ENV_VARIABLE = "SIGNS_SAMPLES_DIR";
    private static final Pattern LABELLED = Pattern.compile("([0-5])_.*");
    private static final List<String> EXTENSIONS =
            List.of(".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff");

    /**
     * One photo.
     *
     * @param name  its file name, the key it is served by
     * @param label the class its name carries, or null
     * @param file  where it is
     */
    public record Sample(String name, Integer label, Path file) {
        /** The media type its extension says ({@code image/jpeg}, ...). */
        public String contentType() {
            String lower = name.toLowerCase(Locale.ROOT);
            String extension = lower.substring(lower.lastIndexOf('.') + 1);
            return switch (extension) {
                case "jpg", "jpeg" -> "image/jpeg";
                case "tif", "tiff" -> "image/tiff";
                default -> "image/" + extension;
            };
        }
    }

    private final Path directory;
    private final Map<String, Sample> byName;

    private SamplePhotos(Path directory, Map<String, Sample> byName) {
        this.directory = directory;
        this.byName = byName;
    }

    /** No samples. */
    public static SamplePhotos none() {
        return new SamplePhotos(null, Map.of());
    }

    /** The photos in {@code directory}; an unreadable directory is an IO error naming it. */
    public static SamplePhotos in(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw SignsnetException.io("samples directory " + directory + " is not a directory", null);
        }
        try (Stream<Path> files = Files.list(directory)) {
            Map<String, Sample> byName = new LinkedHashMap<>();
            files.filter(Files::isRegularFile)
                    .filter(SamplePhotos::isImageName)
                    .map(f -> new Sample(
                            f.getFileName().toString(), label(f.getFileName().toString()), f))
                    .sorted(Comparator.comparing((Sample s) -> s.label() == null ? -1 : s.label())
                            .thenComparing(Sample::name))
                    .forEach(s -> byName.put(s.name(), s));
            return new SamplePhotos(directory, byName);
        } catch (IOException e) {
            throw SignsnetException.io("cannot list samples directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The directory to use: {@code explicit} when given (it must exist), otherwise the first
     * existing directory of {@link #candidates}; null when there is none.
     */
    public static Path resolve(Path explicit, Function<String, String> environment, Path workingDirectory) {
        if (explicit != null) {
            Path dir = workingDirectory.resolve(explicit).normalize();
            if (!Files.isDirectory(dir)) {
                throw SignsnetException.usage("--samples " + dir + " is not a directory");
            }
            return dir;
        }
        return candidates(environment, workingDirectory).stream()
                .filter(Files::isDirectory)
                .findFirst()
                .orElse(null);
    }

    /** The places looked at when no directory is given, in order. */
    public static List<Path> candidates(Function<String, String> environment, Path workingDirectory) {
        List<Path> candidates = new ArrayList<>();
        String fromEnvironment = environment.apply(ENV_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            candidates.add(workingDirectory.resolve(fromEnvironment.strip()).normalize());
        }
        candidates.add(ProjectDirectory.samplesDirectory());
        return candidates;
    }

    /** The directory listed, or null. */
    public Path directory() {
        return directory;
    }

    /** The photos: unlabelled ones (such as my_image.jpg) first, then by class and name. */
    public List<Sample> list() {
        return List.copyOf(byName.values());
    }

    /** The photo called {@code name}, or null when there is none by that exact name. */
    public Sample get(String name) {
        return byName.get(Objects.requireNonNull(name, "name"));
    }

    private static boolean isImageName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static Integer label(String name) {
        Matcher m = LABELLED.matcher(name);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
