package org.signsnet.image;

/**
 * An RGB image as floating-point samples in [0, 255], row-major, channels last: the value of
 * channel {@code c} of pixel {@code (y, x)} is {@code samples[(y * width + x) * 3 + c]}.
 *
 * @param width   columns
 * @param height  rows
 * @param samples {@code height * width * 3} values
 */
public record RgbImage(int width, int height, float[] samples) {
    public RgbImage {
        if (width <= 0 || height <= 0 || samples.length != (long) width * height * 3) {
            throw new IllegalArgumentException(
                    "expected " + width + "x" + height + "x3 samples, got " + samples.length);
        }
    }

    /** Sample {@code c} of pixel {@code (y, x)}. */
    public float get(int y, int x, int c) {
        return samples[(y * width + x) * 3 + c];
    }
}
