package org.signsnet.random;

import java.util.Arrays;

/**
 * TensorFlow 1's random initialisers on the CPU, value for value.
 *
 * <ul>
 *   <li>{@link #randomUniform(int, long, long)}: the {@code RandomUniform} op for float32
 *       ({@code random_op.cc} + {@code random_distributions.h}): element {@code i} is output word
 *       {@code i % 4} of Philox block {@code i / 4}, whatever the sharding, turned into a float by
 *       {@link #uint32ToFloat(int)};</li>
 *   <li>{@link #uniform(long[], float, float, long, long)}: {@code tf.random_uniform(shape, min, max)},
 *       {@code u * (max - min) + min} in float32;</li>
 *   <li>{@link #xavierUniform(long[], long, long)}: {@code tf.contrib.layers.xavier_initializer()}
 *       (uniform, FAN_AVG), limit {@code sqrt(3 / ((fan_in + fan_out) / 2))}.</li>
 * </ul>
 * The seed pair {@code (seed, seed2)} is what {@code tf.get_seed} hands the op: with
 * {@code tf.set_random_seed(1)} and {@code xavier_initializer(seed=0)} it is (1, 0). All arrays are
 * flat and row-major, as TF fills its tensors.
 */
public final class TensorFlowInitializers {
    private static final int MANTISSA_MASK = 0x7fffff;
    private static final int ONE_EXPONENT = 0x3f800000;

    private TensorFlowInitializers() {}

    /** TF's {@code Uint32ToFloat}: 23 random mantissa bits under the exponent of 1.0, minus 1; in [0, 1). */
    public static float uint32ToFloat(int bits) {
        return Float.intBitsToFloat(ONE_EXPONENT | (bits & MANTISSA_MASK)) - 1.0f;
    }

    /** {@code gen_random_ops.random_uniform(dtype=float32, seed, seed2)}: {@code count} floats in [0, 1). */
    public static float[] randomUniform(int count, long seed, long seed2) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be non-negative, got " + count);
        }
        PhiloxRandom philox = new PhiloxRandom(seed, seed2);
        float[] out = new float[count];
        for (int start = 0; start < count; start += PhiloxRandom.RESULT_WORDS) {
            int[] words = philox.next();
            for (int j = 0; j < PhiloxRandom.RESULT_WORDS && start + j < count; j++) {
                out[start + j] = uint32ToFloat(words[j]);
            }
        }
        return out;
    }

    /** {@code tf.random_uniform(shape, minval, maxval, float32)} with op seeds (seed, seed2), row-major. */
    public static float[] uniform(long[] shape, float minval, float maxval, long seed, long seed2) {
        float[] values = randomUniform(elementCount(shape), seed, seed2);
        float range = maxval - minval;
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] * range + minval;
        }
        return values;
    }

    /**
     * {@code tf.contrib.layers.xavier_initializer(uniform=True)} for a variable of {@code shape}
     * (HWIO for a convolution, (in, out) for a dense layer) with op seeds (seed, seed2), row-major.
     */
    public static float[] xavierUniform(long[] shape, long seed, long seed2) {
        float limit = (float) xavierLimit(shape);
        return uniform(shape, -limit, limit, seed, seed2);
    }

    /**
     * {@code variance_scaling_initializer(factor=1, mode='FAN_AVG', uniform=True)}'s limit
     * {@code sqrt(3 / ((fan_in + fan_out) / 2))}, with fan_in = {@code shape[-2]} x kernel area
     * and fan_out = {@code shape[-1]} x kernel area.
     */
    public static double xavierLimit(long[] shape) {
        if (shape.length < 2) {
            throw new IllegalArgumentException("xavier needs at least 2 dimensions, got " + Arrays.toString(shape));
        }
        long receptiveField = 1;
        for (int i = 0; i < shape.length - 2; i++) {
            receptiveField *= shape[i];
        }
        double fanIn = (double) shape[shape.length - 2] * receptiveField;
        double fanOut = (double) shape[shape.length - 1] * receptiveField;
        return Math.sqrt(3.0 / ((fanIn + fanOut) / 2.0));
    }

    private static int elementCount(long[] shape) {
        long count = 1;
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            count *= dim;
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("too many elements in " + Arrays.toString(shape));
            }
        }
        return (int) count;
    }
}
