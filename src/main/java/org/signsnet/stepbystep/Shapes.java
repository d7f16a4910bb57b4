package org.signsnet.stepbystep;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Shape checks shared by both implementations; failures name the argument and both shapes. */
final class Shapes {
    private Shapes() {}

    /** The shape of a rank-4 array as ints, or an exception naming {@code what}. */
    static int[] rank4(INDArray array, String what) {
        if (array == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (array.rank() != 4) {
            throw new IllegalArgumentException(what + " must have rank 4, got shape " + Arrays.toString(array.shape()));
        }
        return Arrays.stream(array.shape()).mapToInt(Math::toIntExact).toArray();
    }

    /** Checks {@code W (f, f, n_C_prev, n_C)} and {@code b (1, 1, 1, n_C)} against {@code A_prev}. */
    static void checkConv(int[] aPrev, int[] w, int[] b) {
        if (w[0] != w[1]) {
            throw new IllegalArgumentException("W must be square (f, f, n_C_prev, n_C), got " + Arrays.toString(w));
        }
        if (w[2] != aPrev[3]) {
            throw new IllegalArgumentException(
                    "W has n_C_prev = " + w[2] + " but A_prev has " + aPrev[3] + " channels");
        }
        if (b[0] != 1 || b[1] != 1 || b[2] != 1 || b[3] != w[3]) {
            throw new IllegalArgumentException("b must have shape (1, 1, 1, " + w[3] + "), got " + Arrays.toString(b));
        }
    }

    /** Checks that a gradient has the shape of the forward output. */
    static void checkSame(int[] expected, int[] actual, String what) {
        if (!Arrays.equals(expected, actual)) {
            throw new IllegalArgumentException(
                    what + " must have shape " + Arrays.toString(expected) + ", got " + Arrays.toString(actual));
        }
    }
}
