package org.signsnet.report;

import static org.signsnet.perf.TrainingBenchmark.syntheticSigns;

import org.signsnet.data.SignsData;

/** Small random SIGNS-shaped data for report and evaluation tests. */
public final class TinyData {
    private TinyData() {}

    /** {@code m} random images per split with labels 0, 1, ..., 5, 0, 1, ... ({@link org.signsnet.perf.TrainingBenchmark#syntheticSigns}). */
    public static SignsData of(int m) {
        return new SignsData(syntheticSigns(m, 1), syntheticSigns(m, 2));
    }
}
