package org.signsnet.explain;

/**
 * The activations of one stage of the network for one image: {@code channels} maps of
 * {@code height x width}, stored channels last as the network computes them (NHWC without the
 * batch axis): the value of map {@code c} at {@code (y, x)} is {@code values[(y * width + x) * channels + c]}.
 *
 * @param name   file-name-safe name of the stage: the layer's name, e.g. {@code conv1}, {@code pool1}
 * @param title  what the stage is, e.g. {@code conv1: conv 4x4, 8 filters -> ReLU}
 * @param height n_H
 * @param width  n_W
 * @param values {@code height * width * channels} activations
 */
public record FeatureMaps(String name, String title, int height, int width, int channels, float[] values) {
    public FeatureMaps {
        if (values.length != (long) height * width * channels) {
            throw new IllegalArgumentException(
                    "expected " + height + "x" + width + "x" + channels + " values, got " + values.length);
        }
    }

    /** The activation of map {@code c} at {@code (y, x)}. */
    public float value(int y, int x, int c) {
        return values[(y * width + x) * channels + c];
    }

    /** Map {@code c} as {@code height * width} row-major values. */
    public float[] map(int c) {
        float[] map = new float[height * width];
        for (int p = 0; p < map.length; p++) {
            map[p] = values[p * channels + c];
        }
        return map;
    }

    /** The smallest activation of map {@code c}. */
    public float min(int c) {
        float min = Float.POSITIVE_INFINITY;
        for (int p = c; p < values.length; p += channels) {
            min = Math.min(min, values[p]);
        }
        return min;
    }

    /** The largest activation of map {@code c}. */
    public float max(int c) {
        float max = Float.NEGATIVE_INFINITY;
        for (int p = c; p < values.length; p += channels) {
            max = Math.max(max, values[p]);
        }
        return max;
    }

    /** The smallest activation over all maps. */
    public float min() {
        float min = Float.POSITIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    /** The largest activation over all maps. */
    public float max() {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
