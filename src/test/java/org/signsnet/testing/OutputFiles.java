package org.signsnet.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.signsnet.checkpoint.Checkpoints;
import org.signsnet.io.Json;
import org.signsnet.io.OutputLock;
import org.signsnet.model.ModelStore;

/** Checks that every file in an output directory is complete and valid (temporary files aside). */
public final class OutputFiles {
    private OutputFiles() {}

    /** What is wrong with the files below {@code out} (empty when all are valid); counts .tmp files into {@code tmp}. */
    public static List<String> problems(Path out, int[] tmp) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(out)) {
            return problems;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of("cannot list " + out + ": " + e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                if (name.endsWith(".tmp")) {
                    tmp[0]++;
                } else if (name.equals(OutputLock.FILE_NAME)) {
                    continue;
                } else if (name.endsWith(".png")) {
                    if (ImageIO.read(file.toFile()) == null) {
                        problems.add(file + " does not decode as an image");
                    }
                } else if (name.endsWith(".html")) {
                    String page = Files.readString(file);
                    if (!page.endsWith("</html>\n")) {
                        problems.add(file + " is not a complete HTML page");
                    }
                } else if (name.endsWith(".json")) {
                    Json.mapper().readTree(file.toFile());
                } else if (file.getParent().getFileName().toString().equals(Checkpoints.DIRECTORY)) {
                    Checkpoints.in(out).load(file);
                } else if (name.endsWith(".zip")) {
                    ModelStore.load(file);
                } else {
                    problems.add("unexpected file " + file);
                }
            } catch (IOException | RuntimeException e) {
                problems.add(file + " is invalid: " + e);
            }
        }
        return problems;
    }
}
