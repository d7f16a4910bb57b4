package org.signsnet.data;

import java.nio.FloatBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
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
        if (isContiguousFloat(source)) {
            long[] outShape = shape.clone();
            outShape[0] = indices.length;
            INDArray out;
            try (var ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                out = Nd4j.createUninitialized(source.dataType(), outShape, 'c');
            }
            copyRows(source, indices, out);
            return out;
        }
        long rowLength = source.length() / shape[0];
        INDArray matrix = source.reshape('c', shape[0], rowLength);
        INDArray pulled = Nd4j.pullRows(matrix, 1, indices, 'c');
        long[] outShape = shape.clone();
        outShape[0] = indices.length;
        return pulled.reshape('c', outShape);
    }

    /** Whether {@link #gatherInto} can write {@code rows} rows of {@code source} into {@code target}. */
    static boolean fitsGatherOf(INDArray target, INDArray source, int rows) {
        long[] shape = source.shape().clone();
        shape[0] = rows;
        return target.dataType() == source.dataType()
                && Arrays.equals(target.shape(), shape)
                && target.ordering() == 'c'
                && Shape.hasDefaultStridesForShape(target);
    }

    /** {@link #gather}'s values written into {@code target}, which {@link #fitsGatherOf} accepts. */
    static void gatherInto(INDArray source, int[] indices, INDArray target) {
        if (isContiguousFloat(source)) {
            copyRows(source, indices, target);
        } else {
            target.assign(gather(source, indices));
        }
    }

    private static boolean isContiguousFloat(INDArray source) {
        return source.dataType() == DataType.FLOAT
                && source.ordering() == 'c'
                && Shape.hasDefaultStridesForShape(source)
                && source.length() < Integer.MAX_VALUE;
    }

    /** Copies row {@code indices[i]} of the contiguous float {@code source} to row {@code i} of {@code target}, one bulk copy each. */
    private static void copyRows(INDArray source, int[] indices, INDArray target) {
        int rowLength = Math.toIntExact(source.length() / source.size(0));
        FloatBuffer from = source.data().asNioFloat();
        FloatBuffer to = target.data().asNioFloat();
        int fromOffset = Math.toIntExact(source.offset());
        int toOffset = Math.toIntExact(target.offset());
        for (int i = 0; i < indices.length; i++) {
            to.put(toOffset + i * rowLength, from, fromOffset + indices[i] * rowLength, rowLength);
        }
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
