package org.signsnet.explain;

import java.util.Arrays;

/**
 * Which input pixels the predicted class's score is most sensitive to: for each pixel, the largest
 * absolute value over R, G and B of {@code d z_k / d x} (Simonyan, Vedaldi and Zisserman 2014,
 * "Deep Inside Convolutional Networks"), where {@code z_k} is the logit of class {@code k}
 * ({@link ClassScoreGradient}).
 *
 * @param targetClass the class {@code k} whose score was differentiated
 * @param height      rows of the network's input
 * @param width       columns of the network's input
 * @param magnitude   {@code height * width} row-major values, all &gt;= 0
 */
public record Saliency(int targetClass, int height, int width, float[] magnitude) {
    public Saliency {
        if (magnitude.length != height * width) {
            throw new IllegalArgumentException("expected " + height + "x" + width + " values, got " + magnitude.length);
        }
    }

    /**
     * The saliency of an input gradient stored as {@code height x width x 3} channels-last values.
     */
    static Saliency fromGradient(int targetClass, int height, int width, float[] gradient) {
        int channels = gradient.length / (height * width);
        float[] magnitude = new float[height * width];
        for (int p = 0; p < magnitude.length; p++) {
            float m = 0;
            for (int c = 0; c < channels; c++) {
                m = Math.max(m, Math.abs(gradient[p * channels + c]));
            }
            magnitude[p] = m;
        }
        return new Saliency(targetClass, height, width, magnitude);
    }

    /** The largest magnitude (0 when the gradient vanishes everywhere). */
    public float max() {
        float max = 0;
        for (float v : magnitude) {
            max = Math.max(max, v);
        }
        return max;
    }

    /**
     * The {@code q}-quantile of the magnitudes (0 &lt;= q &lt;= 1, nearest rank): pictures scale by
     * the 0.99-quantile, so that a handful of extreme pixels do not leave the rest dark.
     */
    public float quantile(double q) {
        float[] sorted = magnitude.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
    }

    /** The magnitude at {@code (y, x)}. */
    public float at(int y, int x) {
        return magnitude[y * width + x];
    }
}
