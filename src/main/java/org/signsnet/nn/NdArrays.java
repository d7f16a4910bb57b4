package org.signsnet.nn;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;

/** How the Java kernels of this package reach an ND4J array's memory. */
final class NdArrays {
    private NdArrays() {
    }

    /** Whether {@code a} is c-order with the default strides (its elements one after another). */
    static boolean isContiguous(INDArray a) {
        return a.ordering() == 'c' && Shape.hasDefaultStridesForShape(a);
    }

    /** {@code a} itself where {@link #isContiguous}, else a c-order copy. */
    static INDArray contiguous(INDArray a) {
        return isContiguous(a) ? a : a.dup('c');
    }

    /** The array's buffer as floats, indexed from the buffer's start (add {@code offset()}). */
    static FloatBuffer floats(INDArray a) {
        return a.data().asNioFloat();
    }
}
