package org.signsnet.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.signsnet.ErrorKind;
import org.signsnet.image.UnreadableImageException.Reason;
import org.signsnet.testing.ImageFixtures;
import org.signsnet.testing.JpegFiles;

/**
 * Photos as phones and browsers make them, read through the TwelveMonkeys plugins: every format
 * decodes to the colours of the RGB original ({@code hand.png}, see the fixtures' README), and
 * truncated files, HEIC and oversized images are refused with one clear line.
 */
class ImageFormatsTest {
    @TempDir
    static Path dir;

    private static RgbImage reference;
    private static BufferedImage original;

    @BeforeAll
    static void readTheReference() throws IOException {
        Path png = ImageFixtures.path("hand.png");
        original = ImageIO.read(png.toFile());
        reference = ImageLoader.load(png);
    }

    static Stream<Arguments> formats() throws IOException {
        return Stream.of(
                Arguments.of("progressive JPEG", JpegFiles.progressive(dir.resolve("p.jpg"), original), 3.0),
                Arguments.of(
                        "CMYK JPEG (Adobe, no colour transform)",
                        JpegFiles.cmyk(dir.resolve("cmyk.jpg"), original),
                        4.0),
                Arguments.of("YCCK JPEG made by ImageMagick", ImageFixtures.path("hand-ycck.jpg"), 4.0),
                Arguments.of("WebP made by ImageMagick", ImageFixtures.path("hand.webp"), 4.0),
                Arguments.of("TIFF", written("t.tiff", "tiff"), 0.0),
                Arguments.of("BMP", written("b.bmp", "bmp"), 0.0),
                Arguments.of("GIF (256 colours)", written("g.gif", "gif"), 12.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void eachFormatDecodesToTheOriginalColours(String format, Path file, double tolerance) {
        RgbImage image = ImageLoader.load(file);
        assertThat(image.width()).isEqualTo(reference.width());
        assertThat(image.height()).isEqualTo(reference.height());
        double[] meanDifference = new double[3];
        for (int i = 0; i < image.samples().length; i++) {
            meanDifference[i % 3] +=
                    Math.abs(image.samples()[i] - reference.samples()[i]) / (image.samples().length / 3.0);
        }
        for (int c = 0; c < 3; c++) {
            assertThat(meanDifference[c])
                    .as("mean |difference| of channel %d (R, G, B)", c)
                    .isLessThanOrEqualTo(tolerance + 0.5);
        }
    }

    /**
     * Lossy WebP against libwebp's own decode (Debian's dwebp 1.2.4, the fixture's README): the
     * documented limitation, held where it is. TwelveMonkeys 3.14.0 is 1.47 levels off on average
     * (at most 21) on this 400 x 400 photo; 3.15.0, whose VP8 fixes of 2026 bring it to 0.32, is not
     * served whole here (imageio-jpeg 3.15.0 is missing, and its modules must share one version).
     * With 3.15.0 the bound below can drop to 0.5.
     */
    @Test
    void lossyWebPDecodesCloseToLibwebp() throws IOException {
        RgbImage ours = ImageLoader.load(ImageFixtures.path("hand-400.webp"));
        RgbImage libwebp = ImageLoader.load(ImageFixtures.path("hand-400-dwebp.png"));
        double sum = 0;
        for (int i = 0; i < ours.samples().length; i++) {
            sum += Math.abs(ours.samples()[i] - libwebp.samples()[i]);
        }
        double mean = sum / ours.samples().length;
        System.out.printf(java.util.Locale.ROOT, "webp: mean |ours - dwebp| = %.3f levels%n", mean);
        assertThat(mean)
                .as("mean absolute difference from libwebp, in levels of 255")
                .isLessThan(1.6);
    }

    static Stream<Arguments> truncatedFiles() throws IOException {
        return Stream.of(
                Arguments.of("JPEG", Files.readAllBytes(ImageFixtures.path("hand-ycck.jpg"))),
                Arguments.of(
                        "progressive JPEG",
                        Files.readAllBytes(JpegFiles.progressive(dir.resolve("cut.jpg"), original))),
                Arguments.of("PNG", Files.readAllBytes(ImageFixtures.path("hand.png"))),
                Arguments.of("WebP", Files.readAllBytes(ImageFixtures.path("hand.webp"))),
                Arguments.of("TIFF", Files.readAllBytes(written("cut.tiff", "tiff"))),
                Arguments.of("BMP", Files.readAllBytes(written("cut.bmp", "bmp"))),
                Arguments.of("GIF", Files.readAllBytes(written("cut.gif", "gif"))));
    }

    /** Before: half a JPEG was predicted as if its missing half were grey, half a BMP as if it were black. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("truncatedFiles")
    void aFileCutInHalfIsRefusedAsDamaged(String format, byte[] bytes) {
        EncodedImage half = new EncodedImage("half-of-it", Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ImageLoader.load(half, ImageLoader.ANY_SIZE))
                .isInstanceOfSatisfying(UnreadableImageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
                    assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
                    assertThat(e.getMessage())
                            .startsWith("image half-of-it is a damaged or truncated ")
                            .doesNotContain("\n");
                });
    }

    @Test
    void aJpegMissingOnlyItsEndMarkerIsRefusedToo() throws IOException {
        byte[] bytes = Files.readAllBytes(JpegFiles.progressive(dir.resolve("end.jpg"), original));
        EncodedImage cut = new EncodedImage("no-eoi.jpg", Arrays.copyOf(bytes, bytes.length - 2));
        assertThatThrownBy(() -> ImageLoader.load(cut, ImageLoader.ANY_SIZE))
                .isInstanceOfSatisfying(
                        UnreadableImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
    }

    @Test
    void heicIsRefusedWithHowToConvertIt() {
        assertThatThrownBy(() -> ImageLoader.load(ImageFixtures.path("hand.heic")))
                .isInstanceOfSatisfying(UnreadableImageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
                    assertThat(e.getMessage())
                            .contains("hand.heic is HEIC")
                            .contains("convert it to JPEG")
                            .contains("heif-convert")
                            .contains("Most Compatible")
                            .doesNotContain("\n");
                });
    }

    @Test
    void anImageAboveThePixelLimitIsRefusedBeforeItIsDecoded() throws IOException {
        EncodedImage png = EncodedImage.read(ImageFixtures.path("hand.png"));
        assertThatThrownBy(() -> ImageLoader.load(png, 160 * 160 - 1))
                .isInstanceOfSatisfying(UnreadableImageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("160x160 pixels");
                });
        assertThat(ImageLoader.load(png, 160 * 160).width()).isEqualTo(160);
    }

    @Test
    void emptyAndNonImageBytesAreNotImages() {
        for (byte[] bytes : new byte[][] {new byte[0], "GIF? no, plain text".getBytes(StandardCharsets.US_ASCII)}) {
            assertThatThrownBy(() -> ImageLoader.load(new EncodedImage("x", bytes), ImageLoader.ANY_SIZE))
                    .isInstanceOfSatisfying(
                            UnreadableImageException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AN_IMAGE));
        }
    }

    private static Path written(String name, String format) throws IOException {
        Path file = dir.resolve(name);
        if (!ImageIO.write(original, format, file.toFile())) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return file;
    }
}
