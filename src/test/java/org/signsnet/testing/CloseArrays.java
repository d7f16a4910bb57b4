package org.signsnet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Comparing ND4J arrays to a tolerance relative to their scale. */
public final class CloseArrays {
    private CloseArrays() {}

    /** Same shape, and every element within {@code tolerance} times the largest expected magnitude (at least 1e-3). */
    public static void assertClose(String what, INDArray actual, INDArray expected, double tolerance) {
        assertThat(actual.shape()).as(what).containsExactly(expected.shape());
        double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
        double worst = actual.castTo(DataType.DOUBLE)
                .sub(expected.castTo(DataType.DOUBLE))
                .amaxNumber()
                .doubleValue();
        assertThat(worst / scale)
                .as("%s: largest difference relative to the largest value %s", what, scale)
                .isLessThanOrEqualTo(tolerance);
    }
}
