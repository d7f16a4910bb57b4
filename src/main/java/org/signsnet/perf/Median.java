package org.signsnet.perf;

import java.util.Arrays;

/** The median that every signsnet benchmark reports. */
public final class Median {
    private Median() {}

    /** The median of a non-empty sample (the mean of the two middle values for an even count). */
    public static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
