package org.signsnet.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.signsnet.image.UnreadableImageException.Reason;
import org.signsnet.io.FailureText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes an {@link EncodedImage} through ImageIO and the TwelveMonkeys plugins on the class path:
 * JPEG (baseline, progressive, CMYK and YCCK, converted to RGB through their colour profiles),
 * PNG, WebP, TIFF, BMP and GIF, the first image of a file. Every refusal is an
 * {@link UnreadableImageException} with one line naming the image:
 * <ul>
 *   <li>no reader knows the bytes: {@link Reason#NOT_AN_IMAGE};</li>
 *   <li>HEIC or AVIF (see {@link ImageSignature}): {@link Reason#UNSUPPORTED_FORMAT}, saying how to convert it;</li>
 *   <li>the reader fails, a BMP or WebP header declares more bytes than there are, or the reader
 *       warns that the data ends early ("Premature end of JPEG file", "Missing EOI marker"; a JPEG
 *       reader otherwise fills the missing part with grey): {@link Reason#DAMAGED};</li>
 *   <li>the header's width x height exceeds the caller's limit: {@link Reason#TOO_LARGE}.</li>
 * </ul>
 * Other reader warnings (no ICC profile in a CMYK JPEG, an unknown chunk) are logged at DEBUG and
 * the image is used. Images above {@link ImageLoader#MAX_DECODED_PIXELS} are decoded subsampled.
 */
final class ImageDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(ImageDecoder.class);
    /** Reader warnings that mean the data stopped before the image did. */
    private static final List<String> TRUNCATION_WARNINGS = List.of("premature end", "truncated", "missing eoi");

    private static final String FORMATS = "JPEG, PNG, WebP, TIFF, BMP or GIF";

    static {
        // ImageIO finds plugins once per class loader; scanning again makes sure the TwelveMonkeys
        // readers are registered (and ordered before the JDK's) whichever thread decodes first.
        ImageIO.scanForPlugins();
    }

    private ImageDecoder() {}

    /** The first image in {@code image}, subsampled when huge; refused when above {@code maxPixels}. */
    static BufferedImage decode(EncodedImage image, long maxPixels) {
        byte[] bytes = image.bytes();
        if (bytes.length == 0) {
            throw new UnreadableImageException(
                    Reason.NOT_AN_IMAGE, "image " + image.name() + " is empty (0 bytes)", null);
        }
        String undecodable = ImageSignature.undecodableFormat(bytes);
        if (undecodable != null) {
            throw new UnreadableImageException(
                    Reason.UNSUPPORTED_FORMAT, unsupportedMessage(image.name(), undecodable), null);
        }
        try (ImageInputStream input = new ByteArrayImageInputStream(bytes)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnreadableImageException(
                        Reason.NOT_AN_IMAGE,
                        "image " + image.name() + " is not an image signsnet can read (expected " + FORMATS + ")",
                        null);
            }
            return read(readers.next(), input, image, maxPixels);
        } catch (IOException e) {
            throw damaged(image.name(), "image", FailureText.of(e), e);
        }
    }

    private static BufferedImage read(ImageReader reader, ImageInputStream input, EncodedImage image, long maxPixels) {
        String format = reader.getOriginatingProvider().getFormatNames()[0].toUpperCase(Locale.ROOT);
        String missing = ImageSignature.truncation(image.bytes());
        if (missing != null) {
            throw damaged(image.name(), format, "truncated: " + missing, null);
        }
        List<String> warnings = new ArrayList<>();
        try {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > maxPixels) {
                throw new UnreadableImageException(
                        Reason.TOO_LARGE,
                        String.format(
                                Locale.ROOT,
                                "image %s is %dx%d pixels (%.1f megapixels); at most %.1f megapixels are accepted",
                                image.name(),
                                width,
                                height,
                                width * height / 1e6,
                                maxPixels / 1e6),
                        null);
            }
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            int step = ImageLoader.subsampling(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage decoded = reader.read(0, param);
            checkWarnings(image.name(), format, warnings);
            if (decoded == null) {
                throw damaged(image.name(), format, "no image data", null);
            }
            return decoded;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImageException known) {
                throw known;
            }
            throw damaged(image.name(), format, FailureText.of(e), e);
        } finally {
            reader.dispose();
        }
    }

    private static void checkWarnings(String name, String format, List<String> warnings) {
        for (String warning : warnings) {
            String lower = warning.toLowerCase(Locale.ROOT);
            if (TRUNCATION_WARNINGS.stream().anyMatch(lower::contains)) {
                throw damaged(name, format, warning, null);
            }
            LOG.debug("image {}: {} reader warning: {}", name, format, warning);
        }
    }

    private static UnreadableImageException damaged(String name, String format, String why, Throwable cause) {
        return new UnreadableImageException(
                Reason.DAMAGED,
                "image " + name + " is a damaged or truncated " + format + " (" + why
                        + "); use the complete file, e.g. copy or download it again",
                cause);
    }

    private static String unsupportedMessage(String name, String format) {
        if (format.equals("HEIC")) {
            return "image " + name + " is HEIC (the iPhone's High Efficiency format), which signsnet cannot read;"
                    + " convert it to JPEG first: 'heif-convert " + name
                    + " photo.jpg' (libheif) on Linux, 'sips -s format"
                    + " jpeg " + name + " --out photo.jpg' on macOS, or set the iPhone's Settings > Camera > Formats"
                    + " to Most Compatible";
        }
        return "image " + name + " is " + format + ", which signsnet cannot read; convert it to JPEG or PNG first"
                + " (e.g. 'avifdec " + name + " photo.png' from libavif)";
    }
}
