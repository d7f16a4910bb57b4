package org.signsnet.stepbystep;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.random.NumpyRandom;

/**
 * Moving ND4J arrays to and from flat row-major float64 Java buffers with one bulk copy each way
 * (element-wise copies dominate the run time of the vectorised operations otherwise).
 */
final class Tensors {
    private Tensors() {}

    /** {@code array} as a 'c'-order, non-view DOUBLE array (the same object when it already is one). */
    static INDArray contiguous(INDArray array) {
        INDArray doubles = array.dataType() == DataType.DOUBLE ? array : array.castTo(DataType.DOUBLE);
        if (doubles.ordering() == 'c' && !doubles.isView() && doubles.data().length() == doubles.length()) {
            return doubles;
        }
        return doubles.dup('c');
    }

    /** The values of {@code array} in row-major order, as a new Java array. */
    static double[] toDoubles(INDArray array) {
        INDArray c = contiguous(array);
        double[] out = new double[Math.toIntExact(c.length())];
        copyOut(c, out);
        return out;
    }

    /** Copies the first {@code out.length} values of a contiguous DOUBLE array into {@code out}. */
    static void copyOut(INDArray contiguous, double[] out) {
        new DoublePointer(contiguous.data().addressPointer()).get(out, 0, out.length);
    }

    /** Copies {@code values} into the start of a contiguous DOUBLE array. */
    static void copyIn(double[] values, INDArray contiguous) {
        new DoublePointer(contiguous.data().addressPointer()).put(values, 0, values.length);
    }

    /**
     * The storage of a contiguous DOUBLE array (see {@link #contiguous}) as a native-order
     * {@link DoubleBuffer} over the same memory (no copy), for copying it a few hundred values at a
     * time: its absolute bulk {@code get} / {@code put} copy without a JNI call (less than 2^28 values;
     * the array must stay reachable while the buffer is used).
     */
    static DoubleBuffer doubles(INDArray contiguous) {
        DoubleBuffer buffer =
                contiguous.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer();
        if (buffer.capacity() < contiguous.length()) {
            throw new IllegalStateException(
                    "buffer of " + buffer.capacity() + " values for an array of " + contiguous.length());
        }
        return buffer;
    }

    /** A new 'c'-order DOUBLE array holding {@code values} (row-major). */
    static INDArray fromDoubles(double[] values, long... shape) {
        INDArray out = Nd4j.createUninitialized(DataType.DOUBLE, shape, 'c');
        if (out.length() != values.length) {
            throw new IllegalArgumentException(values.length + " values do not fill shape " + Arrays.toString(shape));
        }
        copyIn(values, out);
        return out;
    }

    /** {@code np.random.randn(*shape)} drawn from {@code random}, as a 'c'-order DOUBLE array. */
    static INDArray randn(NumpyRandom random, int... shape) {
        return fromDoubles(
                random.randn(shape), Arrays.stream(shape).asLongStream().toArray());
    }

    /** The shape as ints. */
    static int[] shapeOf(INDArray array) {
        return Arrays.stream(array.shape()).mapToInt(Math::toIntExact).toArray();
    }
}
