package org.signsnet.nn;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;

/** Moves values between ND4J arrays (off-heap) and the kernels' Java arrays ({@link FlatArray}). */
final class NdArrays {
    private NdArrays() {}

    /** Whether {@code a} is c-order with the default strides (its elements one after another). */
    static boolean isContiguous(INDArray a) {
        return a.ordering() == 'c' && Shape.hasDefaultStridesForShape(a);
    }

    /** {@code a} itself where {@link #isContiguous}, else a c-order copy. */
    static INDArray contiguous(INDArray a) {
        return isContiguous(a) ? a : a.dup('c');
    }

    /** A Java array of {@code length} zeros of {@code type} (FLOAT or DOUBLE). */
    static FlatArray allocate(DataType type, int length) {
        return type == DataType.DOUBLE ? FlatArray.doubles(length) : FlatArray.floats(length);
    }

    /** A Java array of {@code length} zeros of the same element type as {@code kind}. */
    static FlatArray sameKind(FlatArray kind, int length) {
        return kind instanceof FlatArray.Doubles ? FlatArray.doubles(length) : FlatArray.floats(length);
    }

    /** {@code array} itself when it holds at least {@code length} elements of {@code type}, else a new one. */
    static FlatArray reuse(FlatArray array, DataType type, int length) {
        boolean fits = array != null
                && array.length() >= length
                && (type == DataType.DOUBLE) == (array instanceof FlatArray.Doubles);
        return fits ? array : allocate(type, length);
    }

    /** The elements of {@code a} in c-order, in a new Java array of its type. */
    static FlatArray copyOf(INDArray a) {
        FlatArray values = allocate(a.dataType(), Math.toIntExact(a.length()));
        read(a, 0, values, 0, values.length());
        return values;
    }

    /** Copies c-order elements {@code [from, from + count)} of {@code a} to {@code to[at ..]}. */
    static void read(INDArray a, long from, FlatArray to, int at, int count) {
        INDArray c = contiguous(a);
        int start = Math.toIntExact(c.offset() + from);
        if (to instanceof FlatArray.Floats f) {
            c.data().asNioFloat().get(start, f.values(), at, count);
        } else {
            c.data().asNioDouble().get(start, ((FlatArray.Doubles) to).values(), at, count);
        }
    }

    /** Copies {@code from[at .. at + count)} to c-order elements {@code [to, to + count)} of the contiguous {@code a}. */
    static void write(FlatArray from, int at, INDArray a, long to, int count) {
        int start = Math.toIntExact(a.offset() + to);
        if (from instanceof FlatArray.Floats f) {
            FloatBuffer buffer = a.data().asNioFloat();
            buffer.put(start, f.values(), at, count);
        } else {
            DoubleBuffer buffer = a.data().asNioDouble();
            buffer.put(start, ((FlatArray.Doubles) from).values(), at, count);
        }
    }

    /** Sets all of {@code a} (any layout) to {@code values}, given in c-order. */
    static void assign(INDArray a, FlatArray values) {
        if (isContiguous(a)) {
            write(values, 0, a, 0, Math.toIntExact(a.length()));
        } else {
            INDArray c = a.dup('c');
            write(values, 0, c, 0, Math.toIntExact(a.length()));
            a.assign(c);
        }
    }

    /**
     * Images {@code [from, to)} of the contiguous NHWC {@code x} into {@code padded} with the zero
     * padding of {@code s} ({@link Conv2dShape#paddedH()} x {@link Conv2dShape#paddedW()}).
     */
    static void readPadded(INDArray x, Conv2dShape s, FlatArray padded, int from, int to) {
        readPadded(x, s, padded, from, to, 0);
    }

    /** {@link #readPadded(INDArray, Conv2dShape, FlatArray, int, int)}, image {@code n} of {@code x} going to image {@code n + shift} of {@code padded}. */
    static void readPadded(INDArray x, Conv2dShape s, FlatArray padded, int from, int to, int shift) {
        int base = Math.toIntExact(x.offset());
        if (padded instanceof FlatArray.Floats) {
            FloatBuffer floats = x.data().asNioFloat();
            Padding.pad(
                    (at, target, targetAt, count) ->
                            floats.get(base + at, ((FlatArray.Floats) target).values(), targetAt, count),
                    s,
                    padded,
                    from,
                    to,
                    shift);
        } else {
            DoubleBuffer doubles = x.data().asNioDouble();
            Padding.pad(
                    (at, target, targetAt, count) ->
                            doubles.get(base + at, ((FlatArray.Doubles) target).values(), targetAt, count),
                    s,
                    padded,
                    from,
                    to,
                    shift);
        }
    }

    /** The inner (unpadded) part of images {@code [from, to)} of {@code padded} into the contiguous NHWC {@code x}. */
    static void writeCropped(FlatArray padded, Conv2dShape s, INDArray x, int from, int to) {
        Padding.crop(
                padded,
                s,
                new Padding.RowSink() {
                    @Override
                    public void copy(FlatArray source, int at, int target, int count) {
                        write(source, at, x, target, count);
                    }

                    @Override
                    public void zero(int target, int count) {
                        fillZero(x, target, count);
                    }
                },
                from,
                to);
    }

    private static void fillZero(INDArray x, long from, int count) {
        write(allocate(x.dataType(), count), 0, x, from, count);
    }
}
