package org.signsnet.nn;

import java.util.Arrays;

/**
 * The elements of a float or double tensor in one Java array, as the plain-Java kernels
 * ({@link ScalarConv2d}, {@link MaxPool2d}) read and write them. Every write rounds once to the
 * element type, so a kernel written against this interface computes in float for float data and in
 * double for double data, with the same operations in the same order.
 */
sealed interface FlatArray permits FlatArray.Floats, FlatArray.Doubles {

    /** A float array of {@code length} zeros. */
    static FlatArray floats(int length) {
        return new Floats(new float[length]);
    }

    /** A double array of {@code length} zeros. */
    static FlatArray doubles(int length) {
        return new Doubles(new double[length]);
    }

    int length();

    double get(int i);

    /** {@code this[i] = value}, rounded to the element type. */
    void set(int i, double value);

    /**
     * {@code this[i] = fma(a, b, this[i])}: the exact {@code a * b + this[i]} rounded once to the
     * element type. {@code a} and {@code b} must be values of the element type (read from arrays of
     * the same type), so that nothing is rounded before the fused operation.
     */
    void fma(int i, double a, double b);

    /** {@code this[i] = this[i] + value} in the element type. */
    void add(int i, double value);

    /** Sets elements {@code [from, to)} to zero. */
    void clear(int from, int to);

    /** The lowest finite value of the element type ({@code -Float.MAX_VALUE} or {@code -Double.MAX_VALUE}). */
    double lowest();

    /** A float array: float arithmetic. */
    record Floats(float[] values) implements FlatArray {
        @Override
        public int length() {
            return values.length;
        }

        @Override
        public double get(int i) {
            return values[i];
        }

        @Override
        public void set(int i, double value) {
            values[i] = (float) value;
        }

        @Override
        public void fma(int i, double a, double b) {
            values[i] = Math.fma((float) a, (float) b, values[i]);
        }

        @Override
        public void add(int i, double value) {
            values[i] += (float) value;
        }

        @Override
        public void clear(int from, int to) {
            Arrays.fill(values, from, to, 0f);
        }

        @Override
        public double lowest() {
            return -Float.MAX_VALUE;
        }
    }

    /** A double array: double arithmetic. */
    record Doubles(double[] values) implements FlatArray {
        @Override
        public int length() {
            return values.length;
        }

        @Override
        public double get(int i) {
            return values[i];
        }

        @Override
        public void set(int i, double value) {
            values[i] = value;
        }

        @Override
        public void fma(int i, double a, double b) {
            values[i] = Math.fma(a, b, values[i]);
        }

        @Override
        public void add(int i, double value) {
            values[i] += value;
        }

        @Override
        public void clear(int from, int to) {
            Arrays.fill(values, from, to, 0.0);
        }

        @Override
        public double lowest() {
            return -Double.MAX_VALUE;
        }
    }
}
