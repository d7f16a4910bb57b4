package org.signsnet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.data.RealSignsData;
import org.signsnet.testing.ImageFixtures;
import org.signsnet.testing.JpegFiles;
import org.signsnet.testing.TrainedModels;

/**
 * The acceptance check: with the notebook's 100-epoch model, {@code my_image.jpg} and a CMYK
 * copy of it get the same class, every probability within 0.02 (before TwelveMonkeys the CMYK copy
 * was read with wrong colours and predicted as 1 instead of 2). The same holds for ImageMagick's
 * YCCK JPEG of a smaller copy ({@code hand-ycck.jpg} against {@code hand.png}).
 */
class CmykAcceptanceTest {
    static final double TOLERANCE = 0.02;

    @TempDir
    static Path dir;

    private static Predictor predictor;

    @BeforeAll
    static void loadTheNotebookModel() {
        predictor = Predictor.load(TrainedModels.notebook100());
    }

    @Test
    void myImageAndItsCmykCopyGetTheSameAnswer() throws IOException {
        Path original = RealSignsData.samples().resolve("my_image.jpg");
        BufferedImage rgb = ImageIO.read(original.toFile());
        Path cmyk = JpegFiles.cmyk(dir.resolve("my_image-cmyk.jpg"), rgb);
        assertSameAnswer(predictor.predict(original), predictor.predict(cmyk));
    }

    @Test
    void imageMagicksYcckJpegGetsTheAnswerOfItsRgbOriginal() {
        assertSameAnswer(
                predictor.predict(ImageFixtures.path("hand.png")),
                predictor.predict(ImageFixtures.path("hand-ycck.jpg")));
    }

    private static void assertSameAnswer(Prediction rgb, Prediction cmyk) {
        System.out.printf(
                Locale.ROOT,
                "acceptance: %s -> %d %s%n            %s -> %d %s%n",
                rgb.image(),
                rgb.predicted(),
                rounded(rgb.probabilities()),
                cmyk.image(),
                cmyk.predicted(),
                rounded(cmyk.probabilities()));
        assertThat(cmyk.predicted()).isEqualTo(rgb.predicted());
        for (int c = 0; c < 6; c++) {
            assertThat(cmyk.probability(c)).as("class %d", c).isCloseTo(rgb.probability(c), within(TOLERANCE));
        }
    }

    private static String rounded(double[] p) {
        StringBuilder s = new StringBuilder("[");
        for (double v : p) {
            s.append(s.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", v));
        }
        return s.append(']').toString();
    }
}
