package org.signsnet.stepbystep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signsnet.stepbystep.TestArrays.randn;

import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.random.NumpyRandom;

/**
 * The backward passes are the derivatives of the forward passes: central differences (double,
 * eps 1e-6) of the scalar loss {@code sum(Z * G)} for a fixed random {@code G} match
 * {@code conv_backward} and {@code pool_backward} element by element, for both implementations.
 */
class GradientCheckTest {
    private static final double EPS = 1e-6;
    private static final double TOLERANCE = 1e-6;

    /** implementation, f, stride, pad. */
    static Stream<Arguments> convCases() {
        return implementations()
                .flatMap(ops -> Stream.of(
                        Arguments.of(ops, 2, 1, 0),
                        Arguments.of(ops, 3, 1, 1),
                        Arguments.of(ops, 2, 2, 2),
                        Arguments.of(ops, 3, 2, 0),
                        Arguments.of(ops, 4, 1, 2),
                        Arguments.of(ops, 3, 2, 1)));
    }

    /** implementation, mode, f, stride. */
    static Stream<Arguments> poolCases() {
        return implementations()
                .flatMap(ops -> Stream.of(PoolMode.values())
                        .flatMap(mode -> Stream.of(
                                Arguments.of(ops, mode, 2, 1),
                                Arguments.of(ops, mode, 2, 2),
                                Arguments.of(ops, mode, 3, 1),
                                Arguments.of(ops, mode, 3, 2))));
    }

    private static Stream<ConvolutionOps> implementations() {
        return Stream.of(new LoopConvolutionOps(), new VectorisedConvolutionOps());
    }

    @ParameterizedTest(name = "{0} f={1} stride={2} pad={3}")
    @MethodSource("convCases")
    void convBackwardMatchesCentralDifferences(ConvolutionOps ops, int f, int stride, int pad) {
        NumpyRandom random = new NumpyRandom(10L * f + stride + pad);
        INDArray aPrev = randn(random, 2, 5, 5, 2);
        INDArray w = randn(random, f, f, 2, 3);
        INDArray b = randn(random, 1, 1, 1, 3);
        ConvParams params = new ConvParams(stride, pad);
        ConvForward forward = ops.convForward(aPrev, w, b, params);
        INDArray g = randn(random, Tensors.shapeOf(forward.z()));
        ConvGradients gradients = ops.convBackward(g, forward.cache());

        double[] gValues = TestArrays.values(g);
        ToDoubleFunction<Void> loss =
                unused -> dot(ops.convForward(aPrev, w, b, params).z(), gValues);
        assertMatchesCentralDifferences(aPrev, gradients.dAPrev(), loss, "dA_prev");
        assertMatchesCentralDifferences(w, gradients.dW(), loss, "dW");
        assertMatchesCentralDifferences(b, gradients.db(), loss, "db");
    }

    @ParameterizedTest(name = "{0} {1} f={2} stride={3}")
    @MethodSource("poolCases")
    void poolBackwardMatchesCentralDifferences(ConvolutionOps ops, PoolMode mode, int f, int stride) {
        NumpyRandom random = new NumpyRandom(100L * f + stride);
        INDArray aPrev = randn(random, 2, 6, 5, 2);
        PoolParams params = new PoolParams(f, stride);
        PoolForward forward = ops.poolForward(aPrev, params, mode);
        INDArray g = randn(random, Tensors.shapeOf(forward.a()));
        INDArray dAPrev = ops.poolBackward(g, forward.cache(), mode);

        double[] gValues = TestArrays.values(g);
        ToDoubleFunction<Void> loss =
                unused -> dot(ops.poolForward(aPrev, params, mode).a(), gValues);
        assertMatchesCentralDifferences(aPrev, dAPrev, loss, "dA_prev " + mode);
    }

    /** The loss {@code sum(out * G)}. */
    private static double dot(INDArray out, double[] g) {
        double[] values = TestArrays.values(out);
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * g[i];
        }
        return sum;
    }

    /** Perturbs each element of {@code x} in place by +-EPS and compares (L+ - L-) / 2 EPS with {@code analytic}. */
    private static void assertMatchesCentralDifferences(
            INDArray x, INDArray analytic, ToDoubleFunction<Void> loss, String what) {
        assertThat(analytic.shape()).as(what + " shape").containsExactly(x.shape());
        INDArray flat = x.reshape(new long[] {x.length()});
        double[] expected = TestArrays.values(analytic);
        for (int i = 0; i < x.length(); i++) {
            double original = flat.getDouble(i);
            flat.putScalar(i, original + EPS);
            double plus = loss.applyAsDouble(null);
            flat.putScalar(i, original - EPS);
            double minus = loss.applyAsDouble(null);
            flat.putScalar(i, original);
            double numeric = (plus - minus) / (2 * EPS);
            assertThat(Math.abs(numeric - expected[i]))
                    .as("%s element %d: numeric %s, analytic %s", what, i, numeric, expected[i])
                    .isLessThanOrEqualTo(TOLERANCE * Math.max(1.0, Math.abs(expected[i])));
        }
    }
}
