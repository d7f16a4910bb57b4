package org.signsnet.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Row-major element lists of ND4J arrays of any rank, for assertions. */
final class TestArrays {
    private TestArrays() {}

    /** All elements of {@code a} in row-major ('c') order, whatever its own ordering or strides. */
    static float[] flat(INDArray a) {
        return a.dup('c').reshape(new long[] {a.length()}).toFloatVector();
    }
}
