package org.signsnet.data;

import java.nio.ByteBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Turns uint8 pixels into {@code pixel / 255.} as float32: computed in double and rounded once to
 * float, exactly numpy's float64 {@code X / 255.} followed by TensorFlow's cast to its float32
 * placeholder.
 *
 * <p>The pixels come either as the dataset's raw bytes (a {@link ByteBuffer}, read as unsigned:
 * the fast path, since jhdf's own conversion of a uint8 dataset yields an {@code int[]} four times
 * the size) or as the flat {@code int[]}, {@code short[]} or {@code byte[]} jhdf returns.
 */
final class PixelScaler {
    private static final int BLOCK = 128;
    private static final float[] SCALED = new float[256];

    static {
        for (int value = 0; value < SCALED.length; value++) {
            SCALED[value] = (float) (value / 255.0);
        }
    }

    private PixelScaler() {}

    /** {@code (float) (value / 255.0)} for a uint8 value. */
    static float scale(int value) {
        return SCALED[value];
    }

    /** The number of pixels in {@code source}. */
    static long length(Object source) {
        if (source instanceof ByteBuffer bytes) {
            return bytes.remaining();
        }
        if (source instanceof int[] ints) {
            return ints.length;
        }
        if (source instanceof short[] shorts) {
            return shorts.length;
        }
        if (source instanceof byte[] bytes) {
            return bytes.length;
        }
        throw new IllegalStateException(
                "unexpected pixel data " + source.getClass().getSimpleName());
    }

    /**
     * Fills {@code target} with the scaled pixels {@code source[from .. from + target.length)}.
     *
     * @throws IllegalStateException if a value is outside [0, 255] or the source type is unexpected
     */
    static int scaleInto(Object source, int from, float[] target) {
        if (source instanceof ByteBuffer bytes) {
            int base = bytes.position() + from;
            for (int i = 0; i < target.length; i++) {
                target[i] = SCALED[bytes.get(base + i) & 0xff];
            }
        } else if (source instanceof int[] ints) {
            for (int i = 0; i < target.length; i++) {
                target[i] = SCALED[checked(ints[from + i])];
            }
        } else if (source instanceof short[] shorts) {
            for (int i = 0; i < target.length; i++) {
                target[i] = SCALED[checked(shorts[from + i])];
            }
        } else if (source instanceof byte[] bytes) {
            for (int i = 0; i < target.length; i++) {
                target[i] = SCALED[bytes[from + i] & 0xff];
            }
        } else {
            throw new IllegalStateException(
                    "unexpected pixel data " + source.getClass().getSimpleName());
        }
        return target.length;
    }

    /**
     * {@code m} images of {@code source} ({@code m * 64 * 64 * 3} uint8 pixels) scaled into a new
     * float32 (m, 64, 64, 3) array, in blocks of {@value #BLOCK} images so that only one block of
     * floats is on the Java heap.
     *
     * @throws IllegalStateException if a value is outside [0, 255] or the source type is unexpected
     */
    static INDArray images(Object source, int m) {
        INDArray images =
                Nd4j.create(DataType.FLOAT, m, SignsDataset.HEIGHT, SignsDataset.WIDTH, SignsDataset.CHANNELS);
        for (int start = 0; start < m; start += BLOCK) {
            int count = Math.min(BLOCK, m - start);
            float[] scaled = new float[count * SignsDataset.PIXELS_PER_IMAGE];
            scaleInto(source, start * SignsDataset.PIXELS_PER_IMAGE, scaled);
            images.get(
                            NDArrayIndex.interval(start, start + count),
                            NDArrayIndex.all(),
                            NDArrayIndex.all(),
                            NDArrayIndex.all())
                    .assign(Nd4j.create(
                            scaled,
                            new long[] {count, SignsDataset.HEIGHT, SignsDataset.WIDTH, SignsDataset.CHANNELS},
                            'c'));
        }
        return images;
    }

    private static int checked(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalStateException("pixel value " + value + " outside [0, 255]");
        }
        return value;
    }
}
