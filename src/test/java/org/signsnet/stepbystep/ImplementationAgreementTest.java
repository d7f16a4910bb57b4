package org.signsnet.stepbystep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signsnet.stepbystep.TestArrays.assertClose;
import static org.signsnet.stepbystep.TestArrays.randn;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.random.NumpyRandom;

/** {@link VectorisedConvolutionOps} computes what {@link LoopConvolutionOps} computes, to 1e-12 in double. */
class ImplementationAgreementTest {
    private static final double TOLERANCE = 1e-12;

    private final ConvolutionOps loops = new LoopConvolutionOps();
    private final ConvolutionOps vectorised = new VectorisedConvolutionOps();

    /** m, n_H_prev, n_W_prev, n_C_prev, f, n_C, stride, pad. */
    static Stream<Arguments> convShapes() {
        return Stream.of(
                Arguments.of(2, 5, 5, 3, 3, 4, 1, 0),
                Arguments.of(2, 5, 5, 3, 3, 4, 1, 1),
                Arguments.of(2, 6, 7, 2, 2, 3, 2, 0),
                Arguments.of(3, 6, 6, 2, 4, 5, 2, 2),
                Arguments.of(1, 7, 5, 1, 3, 2, 2, 1),
                Arguments.of(10, 4, 4, 3, 2, 8, 2, 2),
                Arguments.of(2, 9, 8, 3, 5, 2, 1, 2),
                Arguments.of(2, 8, 8, 4, 4, 3, 3, 1),
                Arguments.of(5, 3, 3, 2, 1, 3, 1, 0),
                Arguments.of(2, 7, 10, 2, 3, 9, 1, 1)); // n_W = 10 and n_C = 9: blocks of 4 with remainders
    }

    /** m, n_H_prev, n_W_prev, n_C, f, stride. */
    static Stream<Arguments> poolShapes() {
        return Stream.of(
                Arguments.of(2, 4, 4, 3, 3, 2),
                Arguments.of(5, 5, 3, 2, 2, 1),
                Arguments.of(2, 6, 6, 2, 2, 2),
                Arguments.of(3, 7, 5, 3, 3, 1),
                Arguments.of(2, 8, 7, 1, 4, 3),
                Arguments.of(1, 5, 5, 4, 1, 1));
    }

    @ParameterizedTest(name = "m={0} {1}x{2}x{3} f={4} n_C={5} stride={6} pad={7}")
    @MethodSource("convShapes")
    void convForwardAgrees(int m, int h, int w, int cPrev, int f, int nC, int stride, int pad) {
        NumpyRandom random = new NumpyRandom(1);
        INDArray aPrev = randn(random, m, h, w, cPrev);
        INDArray weights = randn(random, f, f, cPrev, nC);
        INDArray b = randn(random, 1, 1, 1, nC);
        ConvParams params = new ConvParams(stride, pad);
        ConvForward expected = loops.convForward(aPrev, weights, b, params);
        ConvForward actual = vectorised.convForward(aPrev, weights, b, params);
        assertThat(expected.z().shape()).containsExactly(m, params.outputSize(h, f), params.outputSize(w, f), nC);
        assertClose(actual.z(), expected.z(), TOLERANCE, "Z");
    }

    @ParameterizedTest(name = "m={0} {1}x{2}x{3} f={4} n_C={5} stride={6} pad={7}")
    @MethodSource("convShapes")
    void convBackwardAgrees(int m, int h, int w, int cPrev, int f, int nC, int stride, int pad) {
        NumpyRandom random = new NumpyRandom(2);
        INDArray aPrev = randn(random, m, h, w, cPrev);
        INDArray weights = randn(random, f, f, cPrev, nC);
        INDArray b = randn(random, 1, 1, 1, nC);
        ConvParams params = new ConvParams(stride, pad);
        ConvCache cache = loops.convForward(aPrev, weights, b, params).cache();
        INDArray dZ = randn(random, m, params.outputSize(h, f), params.outputSize(w, f), nC);
        ConvGradients expected = loops.convBackward(dZ, cache);
        ConvGradients actual = vectorised.convBackward(dZ, cache);
        assertClose(actual.dAPrev(), expected.dAPrev(), TOLERANCE, "dA_prev");
        assertClose(actual.dW(), expected.dW(), TOLERANCE, "dW");
        assertClose(actual.db(), expected.db(), TOLERANCE, "db");
    }

    @ParameterizedTest(name = "m={0} {1}x{2}x{3} f={4} stride={5}")
    @MethodSource("poolShapes")
    void poolForwardAgreesInBothModes(int m, int h, int w, int c, int f, int stride) {
        INDArray aPrev = randn(new NumpyRandom(3), m, h, w, c);
        PoolParams params = new PoolParams(f, stride);
        for (PoolMode mode : PoolMode.values()) {
            assertClose(
                    vectorised.poolForward(aPrev, params, mode).a(),
                    loops.poolForward(aPrev, params, mode).a(),
                    TOLERANCE,
                    "A " + mode);
        }
    }

    @ParameterizedTest(name = "m={0} {1}x{2}x{3} f={4} stride={5}")
    @MethodSource("poolShapes")
    void poolBackwardAgreesInBothModes(int m, int h, int w, int c, int f, int stride) {
        NumpyRandom random = new NumpyRandom(4);
        INDArray aPrev = randn(random, m, h, w, c);
        PoolParams params = new PoolParams(f, stride);
        PoolCache cache = loops.poolForward(aPrev, params, PoolMode.MAX).cache();
        INDArray dA = randn(random, m, params.outputSize(h), params.outputSize(w), c);
        for (PoolMode mode : PoolMode.values()) {
            assertClose(
                    vectorised.poolBackward(dA, cache, mode),
                    loops.poolBackward(dA, cache, mode),
                    TOLERANCE,
                    "dA_prev " + mode);
        }
    }

    @ParameterizedTest(name = "f={0} stride={1}")
    @MethodSource("tiedWindows")
    void maxPoolBackwardGivesTheGradientToEveryTiedMaximumInBothImplementations(int f, int stride) {
        INDArray aPrev = randn(new NumpyRandom(5), 2, 6, 6, 2);
        aPrev.muli(2).assign(org.nd4j.linalg.ops.transforms.Transforms.round(aPrev, false));
        PoolParams params = new PoolParams(f, stride);
        PoolCache cache = loops.poolForward(aPrev, params, PoolMode.MAX).cache();
        INDArray dA = randn(new NumpyRandom(6), 2, params.outputSize(6), params.outputSize(6), 2);
        INDArray expected = loops.poolBackward(dA, cache, PoolMode.MAX);
        assertClose(vectorised.poolBackward(dA, cache, PoolMode.MAX), expected, TOLERANCE, "dA_prev with ties");
        assertThat(expected.sumNumber().doubleValue())
                .isNotCloseTo(dA.sumNumber().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "f={0} stride={1}")
    @MethodSource("smallWindows")
    void poolingIsBitExactWhenWindowsHoldFewerThanEightValues(int f, int stride) {
        NumpyRandom random = new NumpyRandom(7);
        INDArray aPrev = randn(random, 3, 8, 7, 3);
        PoolParams params = new PoolParams(f, stride);
        PoolCache cache = loops.poolForward(aPrev, params, PoolMode.MAX).cache();
        INDArray dA = randn(random, 3, params.outputSize(8), params.outputSize(7), 3);
        for (PoolMode mode : PoolMode.values()) {
            assertThat(TestArrays.values(
                            vectorised.poolForward(aPrev, params, mode).a()))
                    .as("A " + mode)
                    .containsExactly(TestArrays.values(
                            loops.poolForward(aPrev, params, mode).a()));
            assertThat(TestArrays.values(vectorised.poolBackward(dA, cache, mode)))
                    .as("dA_prev " + mode)
                    .containsExactly(TestArrays.values(loops.poolBackward(dA, cache, mode)));
        }
    }

    @ParameterizedTest(name = "f={0} stride={1} width={2}")
    @MethodSource("tilingWindowsWithNonFiniteValues")
    void maxPoolingAgreesBitForBitWithNaNAndInfinities(int f, int stride, int width) {
        INDArray aPrev = randn(new NumpyRandom(9), 3, 6, width, 2);
        aPrev.putScalar(new long[] {0, 0, 0, 0}, Double.NaN);
        aPrev.putScalar(new long[] {0, 2, 3, 1}, Double.POSITIVE_INFINITY);
        aPrev.putScalar(new long[] {0, 3, 1, 1}, Double.POSITIVE_INFINITY);
        aPrev.putScalar(new long[] {1, 4, 4, 0}, Double.NEGATIVE_INFINITY);
        for (int h = 0; h < f; h++) {
            for (int w = 0; w < f; w++) {
                aPrev.putScalar(new long[] {1, h, w, 1}, Double.NEGATIVE_INFINITY);
            }
        }
        PoolParams params = new PoolParams(f, stride);
        PoolCache cache = new PoolCache(aPrev, params);
        INDArray dA = randn(new NumpyRandom(10), 3, params.outputSize(6), params.outputSize(width), 2);
        assertThat(TestArrays.values(
                        vectorised.poolForward(aPrev, params, PoolMode.MAX).a()))
                .as("A")
                .containsExactly(TestArrays.values(
                        loops.poolForward(aPrev, params, PoolMode.MAX).a()));
        assertThat(TestArrays.values(vectorised.poolBackward(dA, cache, PoolMode.MAX)))
                .as("dA_prev")
                .containsExactly(TestArrays.values(loops.poolBackward(dA, cache, PoolMode.MAX)));
    }

    /** Windows that tile the image (the backward's write-only path), covering it or leaving columns over. */
    static Stream<Arguments> tilingWindowsWithNonFiniteValues() {
        return Stream.of(Arguments.of(2, 2, 6), Arguments.of(2, 2, 7), Arguments.of(3, 3, 7), Arguments.of(3, 3, 6));
    }

    static Stream<Arguments> smallWindows() {
        return Stream.of(Arguments.of(2, 2), Arguments.of(2, 1), Arguments.of(1, 2), Arguments.of(2, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void poolingReadsViewsAndFortranOrderedArrays(String layout) {
        NumpyRandom random = new NumpyRandom(8);
        INDArray whole = randn(random, 4, 9, 8, 5);
        INDArray aPrev = layout.equals("view")
                ? whole.get(
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 3),
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 7),
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 6),
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(2, 5))
                : whole.get(
                                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2),
                                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 6),
                                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 6),
                                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 3))
                        .dup('f');
        PoolParams params = new PoolParams(2, 2);
        PoolCache cache = new PoolCache(aPrev, params);
        INDArray dA = randn(random, 2, 3, 3, 3).dup('f');
        for (PoolMode mode : PoolMode.values()) {
            assertClose(
                    vectorised.poolForward(aPrev, params, mode).a(),
                    loops.poolForward(aPrev, params, mode).a(),
                    TOLERANCE,
                    layout + " A " + mode);
            assertClose(
                    vectorised.poolBackward(dA, cache, mode),
                    loops.poolBackward(dA, cache, mode),
                    TOLERANCE,
                    layout + " dA_prev " + mode);
        }
    }

    static Stream<Arguments> layouts() {
        return Stream.of(Arguments.of("view"), Arguments.of("fortran"));
    }

    static Stream<Arguments> tiedWindows() {
        return Stream.of(Arguments.of(2, 2), Arguments.of(3, 1));
    }
}
