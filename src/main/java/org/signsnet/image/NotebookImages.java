package org.signsnet.image;

import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The notebook's "test with your own image" preprocessing: {@code imresize(image, size=(64,64))}
 * (uint8 output, so samples are rounded to whole numbers) and then {@code /255.} as float32, the
 * same scaling as the training images.
 */
public final class NotebookImages {
    /** Side of the square images the network takes. */
    public static final int SIZE = 64;

    private NotebookImages() {}

    /** The image in {@code file} as float32 (1, 64, 64, 3) NHWC with values in [0, 1]. */
    public static INDArray load(Path file) {
        return toInput(ImageLoader.load(file));
    }

    /**
     * The encoded {@code image} as float32 (1, 64, 64, 3) NHWC in [0, 1]; refused when its header
     * declares more than {@code maxPixels} pixels.
     */
    public static INDArray load(EncodedImage image, long maxPixels) {
        return toInput(ImageLoader.load(image, maxPixels));
    }

    /** {@code image} resized to 64 x 64, rounded to uint8 and scaled: float32 (1, 64, 64, 3). */
    public static INDArray toInput(RgbImage image) {
        byte[] pixels = toPixels(image);
        float[] values = new float[pixels.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((pixels[i] & 0xff) / 255.0);
        }
        return Nd4j.create(values, new long[] {1, SIZE, SIZE, 3}, 'c');
    }

    /**
     * {@code image} resized to 64 x 64 and rounded to uint8, row by row, R, G, B: a SIGNS image as
     * the HDF5 files hold it, (64, 64, 3), the bytes read as unsigned. Training on a photo folder
     * and {@code signsnet data pack} see photos through this, as {@code predict} does.
     */
    public static byte[] toPixels(RgbImage image) {
        RgbImage small = AreaResizer.resize(image, SIZE, SIZE);
        byte[] pixels = new byte[SIZE * SIZE * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.max(0, Math.min(255, Math.round(small.samples()[i])));
        }
        return pixels;
    }
}
