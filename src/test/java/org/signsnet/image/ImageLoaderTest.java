package org.signsnet.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

class ImageLoaderTest {
    @TempDir
    Path dir;

    @Test
    void pngPixelsArriveExactlyAsRgbSamples() throws IOException {
        Path png = TestImages.png(
                dir.resolve("a.png"), TestImages.image(3, 2, (y, x) -> (10 * y + x) << 16 | 7 << 8 | 200));
        RgbImage image = ImageLoader.load(png);
        assertThat(image.width()).isEqualTo(3);
        assertThat(image.height()).isEqualTo(2);
        assertThat(image.get(1, 2, 0)).isEqualTo(12f);
        assertThat(image.get(1, 2, 1)).isEqualTo(7f);
        assertThat(image.get(1, 2, 2)).isEqualTo(200f);
    }

    @Test
    void exifOrientationSixTurnsALandscapeJpegIntoAnUprightPortrait() throws IOException {
        // stored 40 wide x 20 high, left half black, right half white; tag 6 = rotate 90 clockwise
        Path jpeg = TestImages.jpegWithOrientation(
                dir.resolve("phone.jpg"), TestImages.image(40, 20, (y, x) -> x < 20 ? 0 : 0xffffff), 6);
        assertThat(ExifOrientation.of(Files.readAllBytes(jpeg))).isEqualTo(6);
        RgbImage upright = ImageLoader.load(jpeg);
        assertThat(upright.width()).isEqualTo(20);
        assertThat(upright.height()).isEqualTo(40);
        assertThat(upright.get(5, 10, 0)).isLessThan(40f); // the stored left half is now on top
        assertThat(upright.get(35, 10, 0)).isGreaterThan(215f); // and the right half at the bottom
    }

    @Test
    void aHugePngIsDecodedSubsampledWithinTheMemoryBudget() throws IOException {
        Path png = TestImages.hugePng(dir.resolve("huge.png"), 20_000);
        RgbImage image = ImageLoader.load(png);
        assertThat((long) image.width() * image.height()).isLessThanOrEqualTo(ImageLoader.MAX_DECODED_PIXELS);
        assertThat(image.width()).isGreaterThan(3000);
        assertThat(image.get(0, 0, 0)).isEqualTo(255f);
        assertThat(image.get(0, image.width() - 1, 2)).isEqualTo(255f);
    }

    @ParameterizedTest(name = "{0} x {1} -> every {2}")
    @CsvSource({"64, 64, 1", "3024, 3024, 1", "4096, 4096, 1", "4097, 4096, 2", "20000, 20000, 5", "100000, 10, 1"})
    void subsamplingKeepsDecodedPixelsWithinBudget(long w, long h, int step) {
        assertThat(ImageLoader.subsampling(w, h)).isEqualTo(step);
    }

    /** The raster fast path for B, G, R byte images gives getRGB's values, also for a sub-image's shifted raster. */
    @Test
    void bgrBytesArriveAsGetRgbWouldGiveThem() {
        BufferedImage bgr = new BufferedImage(37, 23, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                bgr.setRGB(x, y, (x * 7) << 16 | (y * 11) << 8 | (x * y) % 256);
            }
        }
        for (BufferedImage image : new BufferedImage[] {bgr, bgr.getSubimage(5, 3, 20, 17)}) {
            RgbImage rgb = ImageLoader.toRgb(image);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int argb = image.getRGB(x, y);
                    assertThat(new float[] {rgb.get(y, x, 0), rgb.get(y, x, 1), rgb.get(y, x, 2)})
                            .containsExactly(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
                }
            }
        }
    }

    @Test
    void aMissingFileIsAnIoErrorNamingIt() {
        Path missing = dir.resolve("nope.jpg");
        assertThatThrownBy(() -> ImageLoader.load(missing)).isInstanceOfSatisfying(SignsnetException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.IO);
            assertThat(e.getMessage()).contains(missing.toString()).contains("does not exist");
        });
    }

    @Test
    void aDirectoryIsAnIoError() {
        assertThatThrownBy(() -> ImageLoader.load(dir))
                .isInstanceOfSatisfying(
                        SignsnetException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.IO));
    }

    @Test
    void aFileThatIsNotAnImageIsADataErrorNamingIt() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not a picture");
        assertThatThrownBy(() -> ImageLoader.load(text)).isInstanceOfSatisfying(SignsnetException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
            assertThat(e.getMessage()).contains(text.toString()).contains("is not an image signsnet can read");
        });
    }

    @Test
    void aTruncatedPngIsADataError() throws IOException {
        Path png = TestImages.png(dir.resolve("t.png"), TestImages.image(50, 50, (y, x) -> x * y));
        byte[] bytes = Files.readAllBytes(png);
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(bytes, 60));
        assertThatThrownBy(() -> ImageLoader.load(cut))
                .isInstanceOfSatisfying(
                        SignsnetException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.DATA));
    }
}
