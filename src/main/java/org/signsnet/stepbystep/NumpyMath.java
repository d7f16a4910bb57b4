package org.signsnet.stepbystep;

/**
 * numpy's float reductions in numpy's own summation order, so that sums and means agree with the
 * notebook's printed digits bit for bit: {@code np.sum} and {@code np.mean} of a contiguous
 * float64 array use pairwise summation with an 8-way unrolled base case of up to 128 elements
 * ({@code pairwise_sum_DOUBLE} in numpy's {@code loops_utils.h}).
 */
final class NumpyMath {
    private static final int PAIRWISE_BLOCK = 128;

    private NumpyMath() {}

    /** {@code np.sum(a[from:from+n])} for a contiguous float64 array. */
    static double pairwiseSum(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= PAIRWISE_BLOCK) {
            double[] r = new double[8];
            System.arraycopy(a, from, r, 0, 8);
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
    }

    /** {@code np.sum(a)} of a whole contiguous array. */
    static double sum(double[] a) {
        return pairwiseSum(a, 0, a.length);
    }

    /** {@code np.mean(a)} of a whole contiguous array: the pairwise sum divided by the count. */
    static double mean(double[] a) {
        return sum(a) / a.length;
    }
}
