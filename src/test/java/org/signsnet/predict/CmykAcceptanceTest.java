package org.signsnet.predict;

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
import org.signsnet.image.ImageLoader;
import org.signsnet.image.RgbImage;
import org.signsnet.testing.ImageFixtures;
import org.signsnet.testing.JpegFiles;
import org.signsnet.testing.TrainedModels;

/**
 * The acceptance check: a CMYK copy of {@code my_image.jpg} decodes to the original's
 * colours (mean absolute difference of the RGB samples at most {@link #PIXEL_TOLERANCE} of their
 * range 0-255, about 5 levels, several times what re-encoding a JPEG costs; before TwelveMonkeys the
 * copy was read with wrong colours), and with the notebook's 100-epoch model both get the same
 * class, every probability within {@link #TOLERANCE}. The same holds for ImageMagick's YCCK JPEG of
 * a smaller copy ({@code hand-ycck.jpg} against {@code hand.png}). The probability tolerance
 * depends on how much the trained model reacts to the re-encoding's noise: 0.02 held for the model
 * of the layer-by-layer training; the whole-network step's model (same data, same seeds, other
 * float rounding) moves my_image's largest probability by 0.035.
 */
class CmykAcceptanceTest {
    static final double TOLERANCE = 0.05;
    static final double PIXEL_TOLERANCE = 0.02;

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
        assertSameColours(original, cmyk);
        assertSameAnswer(predictor.predict(original), predictor.predict(cmyk));
    }

    @Test
    void imageMagicksYcckJpegGetsTheAnswerOfItsRgbOriginal() {
        assertSameColours(ImageFixtures.path("hand.png"), ImageFixtures.path("hand-ycck.jpg"));
        assertSameAnswer(
                predictor.predict(ImageFixtures.path("hand.png")),
                predictor.predict(ImageFixtures.path("hand-ycck.jpg")));
    }

    private static void assertSameColours(Path original, Path copy) {
        RgbImage a = ImageLoader.load(original);
        RgbImage b = ImageLoader.load(copy);
        assertThat(b.width()).isEqualTo(a.width());
        assertThat(b.height()).isEqualTo(a.height());
        double sum = 0;
        for (int i = 0; i < a.samples().length; i++) {
            sum += Math.abs(a.samples()[i] - b.samples()[i]);
        }
        double mean = sum / a.samples().length / 255;
        System.out.printf(
                Locale.ROOT, "colours: %s vs %s: mean |difference| %.2f%% of 0-255%n", original, copy, 100 * mean);
        assertThat(mean).as("mean absolute difference of the RGB samples").isLessThanOrEqualTo(PIXEL_TOLERANCE);
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
