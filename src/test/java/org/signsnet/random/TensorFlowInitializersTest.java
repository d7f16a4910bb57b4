package org.signsnet.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TensorFlowInitializersTest {
    /** What the notebook printed for {@code W1[1,1,1]} and {@code W2[1,1,1]} (numpy 1.13, 8 decimals). */
    static final double[] NOTEBOOK_W1_111 = {
        0.00131723, 0.14176141, -0.04434952, 0.09197326, 0.14984085, -0.03514394, -0.06847463, 0.05245192
    };

    static final double[] NOTEBOOK_W2_111 = {
        -0.08566415,
        0.17750949,
        0.11974221,
        0.16773748,
        -0.0830943,
        -0.08058,
        -0.00577033,
        -0.14643836,
        0.24162132,
        -0.05857408,
        -0.19055021,
        0.1345228,
        -0.22779644,
        -0.1601823,
        -0.16117483,
        -0.10286498
    };

    @Test
    void xavierW1WithSeedsOneZeroReproducesTheNotebooksPrintedSlice() {
        float[] w1 = TensorFlowInitializers.xavierUniform(new long[] {4, 4, 3, 8}, 1, 0);
        assertThat(toDouble(slice111(w1, 4, 3, 8))).containsExactly(NOTEBOOK_W1_111, within(5.000001e-9));
    }

    @Test
    void xavierW2WithSeedsOneZeroReproducesTheNotebooksPrintedSlice() {
        float[] w2 = TensorFlowInitializers.xavierUniform(new long[] {2, 2, 8, 16}, 1, 0);
        assertThat(toDouble(slice111(w2, 2, 8, 16))).containsExactly(NOTEBOOK_W2_111, within(5.000001e-9));
    }

    @Test
    void xavierLimitAveragesFansTimesKernelArea() {
        assertThat(TensorFlowInitializers.xavierLimit(new long[] {4, 4, 3, 8}))
                .isCloseTo(Math.sqrt(3.0 / 88), within(1e-15));
        assertThat(TensorFlowInitializers.xavierLimit(new long[] {64, 6}))
                .isCloseTo(Math.sqrt(3.0 / 35), within(1e-15));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0.0",
        "-1, 0.99999988079071044921875",
        "8388608, 0.0",
        "4194304, 0.5",
        "-2139095041, 0.99999988079071044921875"
    })
    void uint32ToFloatKeepsOnlyTheLow23BitsAsMantissa(int bits, double expected) {
        assertThat((double) TensorFlowInitializers.uint32ToFloat(bits)).isEqualTo(expected);
    }

    @Test
    void randomUniformUsesTheFourWordsOfEachBlockInOrder() {
        float[] values = TensorFlowInitializers.randomUniform(6, 7, 9);
        PhiloxRandom philox = new PhiloxRandom(7, 9);
        int[] first = philox.next();
        int[] second = philox.next();
        assertThat(values)
                .containsExactly(
                        TensorFlowInitializers.uint32ToFloat(first[0]), TensorFlowInitializers.uint32ToFloat(first[1]),
                        TensorFlowInitializers.uint32ToFloat(first[2]), TensorFlowInitializers.uint32ToFloat(first[3]),
                        TensorFlowInitializers.uint32ToFloat(second[0]),
                                TensorFlowInitializers.uint32ToFloat(second[1]));
    }

    @Test
    void uniformScalesInFloat32() {
        float[] u = TensorFlowInitializers.randomUniform(5, 1, 0);
        float[] scaled = TensorFlowInitializers.uniform(new long[] {5}, -0.25f, 0.5f, 1, 0);
        for (int i = 0; i < u.length; i++) {
            assertThat(scaled[i]).isEqualTo(u[i] * 0.75f + -0.25f);
        }
    }

    private static float[] slice111(float[] hwio, int w, int in, int out) {
        int start = ((1 * w + 1) * in + 1) * out;
        return Arrays.copyOfRange(hwio, start, start + out);
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
