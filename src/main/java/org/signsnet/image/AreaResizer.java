package org.signsnet.image;

/**
 * Resizes by area averaging (Pillow's BOX filter): every output pixel is the mean of the input
 * area it covers, fractional pixels weighted by their overlap. For the large downscales of
 * "test with your own image" (3024 to 64) this is what an anti-aliased bilinear resize such as
 * {@code scipy.misc.imresize} approximates, without its aliasing on fine detail. Like the notebook,
 * the aspect ratio is not kept: the image is stretched to the target size.
 */
public final class AreaResizer {
    private AreaResizer() {}

    /** {@code image} resized to {@code width x height}. */
    public static RgbImage resize(RgbImage image, int width, int height) {
        float[] rows = resizeAxis(image.samples(), image.width(), image.height(), width, true);
        float[] both = resizeAxis(rows, width, image.height(), height, false);
        return new RgbImage(width, height, both);
    }

    /** Resamples the horizontal ({@code horizontal}) or the vertical axis of a (h, w, 3) array. */
    private static float[] resizeAxis(float[] src, int w, int h, int target, boolean horizontal) {
        int inSize = horizontal ? w : h;
        int outW = horizontal ? target : w;
        int outH = horizontal ? h : target;
        float[] out = new float[outW * outH * 3];
        double scale = (double) inSize / target;
        int[] first = new int[target];
        float[][] weights = new float[target][];
        for (int o = 0; o < target; o++) {
            double start = o * scale;
            double end = start + scale;
            first[o] = (int) Math.floor(start);
            int last = Math.min(inSize - 1, (int) Math.ceil(end) - 1);
            weights[o] = new float[Math.max(0, last - first[o] + 1)];
            for (int i = first[o]; i <= last; i++) {
                weights[o][i - first[o]] = (float) ((Math.min(end, i + 1) - Math.max(start, i)) / scale);
            }
        }
        if (horizontal) {
            for (int y = 0; y < h; y++) { // row by row: the source is read in memory order
                for (int o = 0; o < target; o++) {
                    int d = (y * outW + o) * 3;
                    for (int k = 0; k < weights[o].length; k++) {
                        addScaled(src, (y * w + first[o] + k) * 3, out, d, weights[o][k]);
                    }
                }
            }
        } else {
            for (int o = 0; o < target; o++) {
                for (int k = 0; k < weights[o].length; k++) {
                    int row = (first[o] + k) * w * 3;
                    for (int x = 0; x < w; x++) {
                        addScaled(src, row + x * 3, out, (o * outW + x) * 3, weights[o][k]);
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@code out[d..d+2] += weight * src[s..s+2]} unless the weight is 0; each output sample sums its
     * inputs in ascending order, whichever loop order reaches it.
     */
    private static void addScaled(float[] src, int s, float[] out, int d, float weight) {
        if (weight > 0) {
            out[d] += weight * src[s];
            out[d + 1] += weight * src[s + 1];
            out[d + 2] += weight * src[s + 2];
        }
    }
}
