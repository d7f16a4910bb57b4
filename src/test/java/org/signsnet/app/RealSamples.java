package org.signsnet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Finds the real sample photos ({@code shared/data/signs-samples} above the working directory). */
public final class RealSamples {
    private RealSamples() {
    }

    public static Path samplesOrSkip() {
        return findOrSkip("signs-samples", "0_IMG_5942.jpg");
    }

    private static Path findOrSkip(String name, String marker) {
        Optional<Path> found = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && found.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate.resolve(marker))) {
                found = Optional.of(candidate);
            }
        }
        Assumptions.assumeTrue(found.isPresent(), () -> "shared/data/" + name + " not found above "
                + Path.of("").toAbsolutePath() + ": skipping the real-data check");
        return found.orElseThrow();
    }
}
