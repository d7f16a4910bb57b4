package org.signsnet.stepbystep;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A minimal numpy {@code ndarray} of float64 (rank 0 to 4) for the loop-faithful port: basic
 * slicing returns a <em>view</em> sharing the data, as numpy's does, and arithmetic returns a new
 * contiguous array, as numpy's temporaries do. This lets {@link LoopConvolution} and
 * {@link LoopPooling} read line by line like the notebook
 * ({@code a_prev_pad[vert_start:vert_end, horiz_start:horiz_end, :]}) with numpy's semantics,
 * including {@code +=} into a slice writing through to the parent array.
 */
final class StridedArray {
    private static final int MAX_RANK = 4;

    private final double[] data;
    private final int offset;
    private final int[] shape;
    private final int[] strides;
    /** Shape and strides left-padded with 1 and 0 to rank 4, for the iteration loops. */
    private final int[] n = new int[MAX_RANK];

    private final int[] s = new int[MAX_RANK];

    private StridedArray(double[] data, int offset, int[] shape, int[] strides) {
        if (shape.length > MAX_RANK) {
            throw new IllegalArgumentException("rank " + shape.length + " > " + MAX_RANK);
        }
        this.data = data;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        int pad = MAX_RANK - shape.length;
        for (int d = 0; d < MAX_RANK; d++) {
            n[d] = d < pad ? 1 : shape[d - pad];
            s[d] = d < pad ? 0 : strides[d - pad];
        }
    }

    /** A contiguous row-major array over {@code data} (no copy). */
    static StridedArray wrap(double[] data, int... shape) {
        if (sizeOf(shape) != data.length) {
            throw new IllegalArgumentException(
                    "shape " + Arrays.toString(shape) + " does not hold " + data.length + " values");
        }
        int[] strides = new int[shape.length];
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return new StridedArray(data, 0, shape.clone(), strides);
    }

    /** {@code np.zeros(shape)}. */
    static StridedArray zeros(int... shape) {
        return wrap(new double[sizeOf(shape)], shape);
    }

    /** {@code np.full(shape, value)}. */
    static StridedArray full(int[] shape, double value) {
        double[] values = new double[sizeOf(shape)];
        Arrays.fill(values, value);
        return wrap(values, shape);
    }

    /** A copy of an ND4J array (any order) as a contiguous float64 array. */
    static StridedArray of(INDArray array) {
        int[] shape = Arrays.stream(array.shape()).mapToInt(Math::toIntExact).toArray();
        double[] values = array.dup('c').castTo(DataType.DOUBLE).data().asDouble();
        return wrap(values, shape);
    }

    /** A new 'c'-order DOUBLE ND4J array with this array's shape and values. */
    INDArray toINDArray() {
        long[] longShape = Arrays.stream(shape).asLongStream().toArray();
        return Nd4j.create(toArray(), longShape, DataType.DOUBLE);
    }

    int[] shape() {
        return shape.clone();
    }

    int size() {
        return sizeOf(shape);
    }

    /** numpy basic indexing {@code a[idx...]}: a view; missing trailing indices mean {@code :}. */
    StridedArray get(Index... idx) {
        if (idx.length > shape.length) {
            throw new IllegalArgumentException("too many indices for array of rank " + shape.length);
        }
        int off = offset;
        int[] newShape = new int[shape.length];
        int[] newStrides = new int[shape.length];
        int rank = 0;
        for (int d = 0; d < shape.length; d++) {
            Index ix = d < idx.length ? idx[d] : Index.all();
            int start = ix.isAll() ? 0 : Math.min(ix.start(), shape[d]);
            int end = ix.isAll() ? shape[d] : Math.min(ix.end(), shape[d]);
            if (ix.isPoint() && (ix.start() < 0 || ix.start() >= shape[d])) {
                throw new IndexOutOfBoundsException(
                        "index " + ix.start() + " is out of bounds for axis " + d + " with size " + shape[d]);
            }
            off += start * strides[d];
            if (!ix.isPoint()) {
                newShape[rank] = Math.max(0, end - start);
                newStrides[rank] = strides[d];
                rank++;
            }
        }
        return new StridedArray(data, off, Arrays.copyOf(newShape, rank), Arrays.copyOf(newStrides, rank));
    }

    /** {@code a[i, j, ...]} for a full set of integer indices: the element. */
    double item(int... idx) {
        return data[offsetOf(idx)];
    }

    /** {@code a[i, j, ...] = value}. */
    void set(double value, int... idx) {
        data[offsetOf(idx)] = value;
    }

    /** The values in row-major order, copied into a new contiguous array. */
    double[] toArray() {
        double[] out = new double[size()];
        int k = 0;
        for (int a = 0; a < n[0]; a++) {
            for (int b = 0; b < n[1]; b++) {
                for (int c = 0; c < n[2]; c++) {
                    int base = offset + a * s[0] + b * s[1] + c * s[2];
                    for (int d = 0; d < n[3]; d++) {
                        out[k++] = data[base + d * s[3]];
                    }
                }
            }
        }
        return out;
    }

    /** {@code a * other}, elementwise for equal shapes: a new array. */
    StridedArray mul(StridedArray other) {
        requireSameShape(other);
        double[] x = toArray();
        double[] y = other.toArray();
        for (int k = 0; k < x.length; k++) {
            x[k] *= y[k];
        }
        return wrap(x, shape);
    }

    /** {@code a * scalar}: a new array. */
    StridedArray mul(double scalar) {
        double[] x = toArray();
        for (int k = 0; k < x.length; k++) {
            x[k] *= scalar;
        }
        return wrap(x, shape);
    }

    /** {@code a == value} as 1.0/0.0 (numpy's boolean array, used as a 0/1 factor). */
    StridedArray eq(double value) {
        double[] x = toArray();
        for (int k = 0; k < x.length; k++) {
            x[k] = x[k] == value ? 1.0 : 0.0;
        }
        return wrap(x, shape);
    }

    /** {@code np.sum(a)} in numpy's pairwise order over the row-major values. */
    double sum() {
        return NumpyMath.sum(toArray());
    }

    /** {@code np.mean(a)}. */
    double mean() {
        return NumpyMath.mean(toArray());
    }

    /** {@code np.max(a)}. */
    double max() {
        double[] x = toArray();
        double max = x[0];
        for (int k = 1; k < x.length; k++) {
            max = Math.max(max, x[k]);
        }
        return max;
    }

    /** {@code a += other} in place (through a view, into its parent), equal shapes. */
    void addi(StridedArray other) {
        requireSameShape(other);
        double[] y = other.toArray();
        int k = 0;
        for (int a = 0; a < n[0]; a++) {
            for (int b = 0; b < n[1]; b++) {
                for (int c = 0; c < n[2]; c++) {
                    int base = offset + a * s[0] + b * s[1] + c * s[2];
                    for (int d = 0; d < n[3]; d++) {
                        data[base + d * s[3]] += y[k++];
                    }
                }
            }
        }
    }

    /** {@code a += scalar} in place. */
    void addi(double scalar) {
        addi(full(shape, scalar));
    }

    /** {@code a[...] = other} in place, equal shapes. */
    void assign(StridedArray other) {
        requireSameShape(other);
        double[] y = other.toArray();
        int k = 0;
        for (int a = 0; a < n[0]; a++) {
            for (int b = 0; b < n[1]; b++) {
                for (int c = 0; c < n[2]; c++) {
                    int base = offset + a * s[0] + b * s[1] + c * s[2];
                    for (int d = 0; d < n[3]; d++) {
                        data[base + d * s[3]] = y[k++];
                    }
                }
            }
        }
    }

    private int offsetOf(int... idx) {
        if (idx.length != shape.length) {
            throw new IllegalArgumentException("need " + shape.length + " indices, got " + idx.length);
        }
        int off = offset;
        for (int d = 0; d < idx.length; d++) {
            if (idx[d] < 0 || idx[d] >= shape[d]) {
                throw new IndexOutOfBoundsException(
                        "index " + idx[d] + " is out of bounds for axis " + d + " with size " + shape[d]);
            }
            off += idx[d] * strides[d];
        }
        return off;
    }

    private void requireSameShape(StridedArray other) {
        if (!Arrays.equals(shape, other.shape)) {
            throw new IllegalArgumentException("operands could not be broadcast together with shapes "
                    + Arrays.toString(shape) + " " + Arrays.toString(other.shape));
        }
    }

    private static int sizeOf(int... shape) {
        int size = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension " + d);
            }
            size = Math.multiplyExact(size, d);
        }
        return size;
    }
}
