package org.signsnet.data;

import java.nio.FloatBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Gathers examples (the first axis) of an N-dimensional array: numpy's {@code X[indices]}. */
final class Rows {
    private Rows() {}

    /**
     * {@code source[indices]} for an array of shape (m, ...): a new c-order array of shape
     * (indices.length, ...). A contiguous float array's examples are copied buffer to buffer (one
     * bulk copy each, about twice as fast as libnd4j's {@code pullRows}); otherwise the examples
     * are viewed as rows of an (m, rest) matrix for {@link Nd4j#pullRows(INDArray, int, int[])}.
     */
    static INDArray gather(INDArray source, int[] indices) {
        long[] shape = source.shape();
        if (source.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT
                && source.ordering() == 'c'
                && org.nd4j.linalg.api.shape.Shape.hasDefaultStridesForShape(source)
                && source.length() < Integer.MAX_VALUE) {
            return copyRows(source, indices);
        }
        long rowLength = source.length() / shape[0];
        INDArray matrix = source.reshape('c', shape[0], rowLength);
        INDArray pulled = Nd4j.pullRows(matrix, 1, indices, 'c');
        long[] outShape = shape.clone();
        outShape[0] = indices.length;
        return pulled.reshape('c', outShape);
    }

    private static INDArray copyRows(INDArray source, int[] indices) {
        long[] outShape = source.shape().clone();
        outShape[0] = indices.length;
        int rowLength = Math.toIntExact(source.length() / source.size(0));
        INDArray out;
        try (var ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            out = Nd4j.createUninitialized(source.dataType(), outShape, 'c');
        }
        FloatBuffer from = source.data().asNioFloat();
        FloatBuffer to = out.data().asNioFloat();
        int fromOffset = Math.toIntExact(source.offset());
        int toOffset = Math.toIntExact(out.offset());
        for (int i = 0; i < indices.length; i++) {
            to.put(toOffset + i * rowLength, from, fromOffset + indices[i] * rowLength, rowLength);
        }
        return out;
    }

    static void checkIndices(int[] indices, int size) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("no indices given");
        }
        for (int index : indices) {
            if (index < 0 || index >= size) {
                throw new IllegalArgumentException("index " + index + " outside [0, " + size + ") in "
                        + (indices.length <= 20 ? Arrays.toString(indices) : indices.length + " indices"));
            }
        }
    }
}
