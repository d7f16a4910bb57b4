package org.signsnet.report;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.signsnet.explain.Explanation;
import org.signsnet.explain.ExplanationNumbers;
import org.signsnet.explain.FeatureMaps;
import org.signsnet.io.FileNames;
import org.signsnet.io.Json;

/**
 * Writes the files of one {@link Explanation}, each atomically, named after {@code stem}:
 * {@code explain-STEM.png} (the combined sheet), {@code explain-STEM-input.png},
 * {@code explain-STEM-saliency.png}, {@code explain-STEM-top3.png}, one
 * {@code explain-STEM-STAGE.png} per feature-map stage ({@code conv1}, {@code pool1}, ...), and
 * {@code explain-STEM.json} with the numbers ({@link ExplanationNumbers}).
 */
public final class ExplanationWriter {
    private ExplanationWriter() {}

    /** Writes the files into {@code outDir}; returns them, the combined sheet first. */
    public static List<Path> write(Explanation e, String model, Path outDir, String stem) {
        String prefix = "explain-" + stem;
        List<Path> files = new ArrayList<>();
        files.add(png(outDir.resolve(prefix + ".png"), ExplanationSheet.combined(e, model)));
        files.add(png(outDir.resolve(prefix + "-input.png"), ExplanationSheet.input(e)));
        files.add(png(outDir.resolve(prefix + "-saliency.png"), ExplanationSheet.saliency(e)));
        files.add(png(outDir.resolve(prefix + "-top3.png"), ExplanationSheet.topClasses(e)));
        for (FeatureMaps maps : e.stages()) {
            files.add(png(
                    outDir.resolve(prefix + "-" + FileNames.safe(maps.name()) + ".png"), ExplanationSheet.stage(maps)));
        }
        Path json = outDir.resolve(prefix + ".json");
        Json.writeFile(json, ExplanationNumbers.of(e));
        files.add(json);
        return files;
    }

    private static Path png(Path target, BufferedImage image) {
        Canvas.savePng(image, target);
        return target;
    }
}
