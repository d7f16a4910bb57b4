package org.signsnet.stepbystep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.random.NumpyRandom;

/** Test helpers: seeded numpy-style inputs and element-wise comparisons with a tolerance. */
final class TestArrays {
    private TestArrays() {}

    static INDArray randn(NumpyRandom random, int... shape) {
        return Nd4j.create(
                random.randn(shape), Arrays.stream(shape).asLongStream().toArray(), DataType.DOUBLE);
    }

    static double[] values(INDArray array) {
        return array.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    /** Same shape, and every element within {@code tolerance * max(1, |expected|)}. */
    static void assertClose(INDArray actual, INDArray expected, double tolerance, String what) {
        assertThat(actual.shape()).as(what + " shape").containsExactly(expected.shape());
        double[] a = values(actual);
        double[] e = values(expected);
        for (int i = 0; i < a.length; i++) {
            double allowed = tolerance * Math.max(1.0, Math.abs(e[i]));
            assertThat(Math.abs(a[i] - e[i]))
                    .as("%s element %d: %s vs %s", what, i, a[i], e[i])
                    .isLessThanOrEqualTo(allowed);
        }
    }
}
