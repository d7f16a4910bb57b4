package org.signsnet.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.data.RealSignsData;
import org.signsnet.testing.GreyFiles;
import org.signsnet.testing.TrainedModels;

/**
 * The acceptance check for greyscale photos: 30 sample photos (the first five of each class)
 * saved grey as 8-bit PNG, 16-bit PNG, grey + alpha PNG and greyscale JPEG each get, with the
 * notebook's 100-epoch model, the class of the same grey picture saved as RGB, every probability
 * within {@link #TOLERANCE}. Before, 18 of the 30 grey PNGs got another class. The model comes from
 * {@link TrainedModels}; any trained model serves, the check is that the two copies agree.
 */
class GreyscaleAcceptanceTest {
    static final double TOLERANCE = 0.02;
    private static final int PER_CLASS = 5;

    @TempDir
    static Path dir;

    private static Predictor predictor;

    @BeforeAll
    static void loadTheNotebookModel() {
        predictor = Predictor.load(TrainedModels.notebook100());
    }

    @Test
    void greyPhotosOfEveryBitDepthGetTheAnswerOfTheirRgbCopies() throws IOException {
        List<String> failures = new ArrayList<>();
        double largest = 0;
        int compared = 0;
        for (Path photo : photos()) {
            String stem = photo.getFileName().toString().replace(".jpg", "");
            int[][] levels = GreyFiles.levels(ImageIO.read(photo.toFile()));
            Prediction rgb = predictor.predict(GreyFiles.rgb(dir.resolve(stem + "-rgb.png"), levels));
            Path jpeg = GreyFiles.greyJpeg(dir.resolve(stem + "-grey.jpg"), levels);
            Prediction jpegRgb =
                    predictor.predict(GreyFiles.rgb(dir.resolve(stem + "-jpeg-rgb.png"), GreyFiles.storedLevels(jpeg)));
            List<Prediction[]> pairs = List.of(
                    new Prediction[] {rgb, predictor.predict(GreyFiles.grey8(dir.resolve(stem + "-8.png"), levels))},
                    new Prediction[] {rgb, predictor.predict(GreyFiles.grey16(dir.resolve(stem + "-16.png"), levels))},
                    new Prediction[] {
                        rgb, predictor.predict(GreyFiles.greyAlpha(dir.resolve(stem + "-la.png"), levels, 255))
                    },
                    new Prediction[] {jpegRgb, predictor.predict(jpeg)});
            for (Prediction[] pair : pairs) {
                compared++;
                double difference = maxDifference(pair[0], pair[1]);
                largest = Math.max(largest, difference);
                if (pair[1].predicted() != pair[0].predicted() || difference > TOLERANCE) {
                    failures.add(String.format(
                            Locale.ROOT,
                            "%s: class %d (RGB copy %d), probabilities up to %.4f apart",
                            pair[1].image(),
                            pair[1].predicted(),
                            pair[0].predicted(),
                            difference));
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "acceptance: %d grey copies against their RGB copies, largest probability difference %.4f%n",
                compared,
                largest);
        assertThat(compared).isEqualTo(6 * PER_CLASS * 4);
        assertThat(failures).isEmpty();
    }

    private static List<Path> photos() throws IOException {
        List<Path> photos = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            String prefix = c + "_";
            try (Stream<Path> files = Files.list(RealSignsData.samples())) {
                files.filter(p -> p.getFileName().toString().startsWith(prefix))
                        .sorted()
                        .limit(PER_CLASS)
                        .forEach(photos::add);
            }
        }
        return photos;
    }

    private static double maxDifference(Prediction a, Prediction b) {
        double max = 0;
        for (int c = 0; c < a.probabilities().length; c++) {
            max = Math.max(max, Math.abs(a.probability(c) - b.probability(c)));
        }
        return max;
    }
}
