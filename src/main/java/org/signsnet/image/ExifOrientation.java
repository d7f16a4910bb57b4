package org.signsnet.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The EXIF orientation tag (1..8) of a photo and the transform that displays it upright, as
 * phones save portrait photos sideways with a tag saying how to turn them.
 */
public final class ExifOrientation {
    /** Orientation 1: the stored pixels are already upright. */
    public static final int NORMAL = 1;

    private ExifOrientation() {}

    /** The orientation tag of the encoded image {@code bytes}, or {@link #NORMAL} when it has none or it cannot be read. */
    public static int of(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return NORMAL;
            }
            int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return value >= 1 && value <= 8 ? value : NORMAL;
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            return NORMAL; // metadata is optional: a photo without readable EXIF is shown as stored
        }
    }

    /** {@code image} turned upright for orientation tag {@code orientation} (1..8). */
    public static RgbImage apply(RgbImage image, int orientation) {
        if (orientation == NORMAL) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        boolean swaps = orientation >= 5;
        int outW = swaps ? h : w;
        int outH = swaps ? w : h;
        float[] out = new float[image.samples().length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int[] src = source(orientation, y, x, w, h);
                int s = (src[0] * w + src[1]) * 3;
                int d = (y * outW + x) * 3;
                System.arraycopy(image.samples(), s, out, d, 3);
            }
        }
        return new RgbImage(outW, outH, out);
    }

    /** The stored pixel {y, x} shown at upright position (y, x) for a stored w x h image. */
    private static int[] source(int orientation, int y, int x, int w, int h) {
        return switch (orientation) {
            case 2 -> new int[] {y, w - 1 - x}; // mirrored horizontally
            case 3 -> new int[] {h - 1 - y, w - 1 - x}; // rotated 180
            case 4 -> new int[] {h - 1 - y, x}; // mirrored vertically
            case 5 -> new int[] {x, y}; // transposed
            case 6 -> new int[] {h - 1 - x, y}; // to be rotated 90 clockwise
            case 7 -> new int[] {h - 1 - x, w - 1 - y}; // transversed
            case 8 -> new int[] {x, w - 1 - y}; // to be rotated 90 counter-clockwise
            default -> new int[] {y, x};
        };
    }
}
