package org.signsnet.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.testing.GreyFiles;

/**
 * Greyscale images of every bit depth decode to R = G = B = the stored level (Java's own
 * conversion treats grey levels as linear light: 48 became 120), transparent grey composited on
 * white like colour images.
 */
class GreyImagesTest {
    @TempDir
    static Path dir;

    private static int[][] levels;

    @BeforeAll
    static void makeLevels() {
        levels = new int[16][16];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                levels[y][x] = y * 16 + x; // every level 0..255 once
            }
        }
    }

    @Test
    void eightBitGreyKeepsEveryLevel() throws IOException {
        assertLevels(ImageLoader.load(GreyFiles.grey8(dir.resolve("g8.png"), levels)), levels, 0);
    }

    @Test
    void sixteenBitGreyKeepsEveryLevel() throws IOException {
        assertLevels(ImageLoader.load(GreyFiles.grey16(dir.resolve("g16.png"), levels)), levels, 1e-3);
    }

    @Test
    void opaqueGreyWithAlphaKeepsEveryLevel() throws IOException {
        assertLevels(ImageLoader.load(GreyFiles.greyAlpha(dir.resolve("ga.png"), levels, 255)), levels, 0);
    }

    @Test
    void halfTransparentGreyIsCompositedOnWhite() throws IOException {
        RgbImage image = ImageLoader.load(GreyFiles.greyAlpha(dir.resolve("ga-half.png"), levels, 102));
        int[][] blended = new int[16][16];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                blended[y][x] = Math.round(levels[y][x] * 0.4f + 255 * 0.6f);
            }
        }
        assertLevels(image, blended, 0.51);
    }

    @Test
    void greyscaleJpegKeepsTheLevelsItStores() throws IOException {
        Path jpeg = GreyFiles.greyJpeg(dir.resolve("g.jpg"), levels);
        assertLevels(ImageLoader.load(jpeg), GreyFiles.storedLevels(jpeg), 0);
    }

    @Test
    void theIssuesExampleLevelsAreNoLongerBrightened() throws IOException {
        int[][] two = {{48, 92}};
        RgbImage image = ImageLoader.load(GreyFiles.grey8(dir.resolve("two.png"), two));
        assertThat(image.samples()).containsExactly(48, 48, 48, 92, 92, 92);
    }

    private static void assertLevels(RgbImage image, int[][] expected, double tolerance) {
        assertThat(image.height()).isEqualTo(expected.length);
        assertThat(image.width()).isEqualTo(expected[0].length);
        for (int y = 0; y < expected.length; y++) {
            for (int x = 0; x < expected[0].length; x++) {
                for (int c = 0; c < 3; c++) {
                    assertThat((double) image.get(y, x, c))
                            .as("pixel (%d, %d) channel %d", y, x, c)
                            .isCloseTo(expected[y][x], within(tolerance));
                }
            }
        }
    }
}
