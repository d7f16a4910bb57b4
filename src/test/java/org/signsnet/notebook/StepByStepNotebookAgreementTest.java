package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.random.NumpyRandom;
import org.signsnet.stepbystep.ConvForward;
import org.signsnet.stepbystep.ConvGradients;
import org.signsnet.stepbystep.ConvParams;
import org.signsnet.stepbystep.LoopConvolution;
import org.signsnet.stepbystep.LoopPooling;
import org.signsnet.stepbystep.PoolForward;
import org.signsnet.stepbystep.PoolMode;
import org.signsnet.stepbystep.PoolParams;

/**
 * The graded functions written out in {@code notebooks-port/step-by-step.ipynb} compute what the
 * library's ports of the notebook compute ({@link LoopConvolution}, {@link LoopPooling}), on random
 * inputs of random shapes and hyperparameters, to 1e-12 relative (ND4J and numpy add up a window in
 * different orders).
 */
class StepByStepNotebookAgreementTest {
    private static final double TOLERANCE = 1e-12;
    private static NotebookCells notebook;

    @BeforeAll
    static void runTheNotebook() throws CellFailure {
        notebook = NotebookCells.run(Path.of("notebooks-port", "step-by-step.ipynb"), source -> true);
    }

    @AfterAll
    static void close() {
        notebook.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void zeroPadAgrees(long seed) throws CellFailure {
        NumpyRandom random = new NumpyRandom(seed);
        INDArray x = randn(random, 1 + draw(random, 3), 1 + draw(random, 5), 1 + draw(random, 5), 1 + draw(random, 3));
        int pad = draw(random, 4);
        Object padded = notebook.eval("testResult(zeroPad(testArg(0), testArg(1)));", x, pad);
        assertClose(padded, LoopConvolution.zeroPad(x, pad));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23})
    void convSingleStepAgrees(long seed) throws CellFailure {
        NumpyRandom random = new NumpyRandom(seed);
        int f = 1 + draw(random, 4);
        int channels = 1 + draw(random, 4);
        INDArray slice = randn(random, f, f, channels);
        INDArray w = randn(random, f, f, channels);
        INDArray b = randn(random, 1, 1, 1);
        double z =
                (Double) notebook.eval("testResult(convSingleStep(testArg(0), testArg(1), testArg(2)));", slice, w, b);
        assertThat(z)
                .isCloseTo(
                        LoopConvolution.convSingleStep(slice, w, b),
                        Offset.offset(TOLERANCE * Math.max(1, Math.abs(z))));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33, 34})
    void convForwardAndBackwardAgree(long seed) throws CellFailure {
        NumpyRandom random = new NumpyRandom(seed);
        int f = 1 + draw(random, 3);
        int stride = 1 + draw(random, 2);
        int pad = draw(random, 3);
        INDArray aPrev =
                randn(random, 1 + draw(random, 2), f + draw(random, 4), f + draw(random, 4), 1 + draw(random, 3));
        int channels = 1 + draw(random, 3);
        INDArray w = randn(random, f, f, (int) aPrev.size(3), channels);
        INDArray b = randn(random, 1, 1, 1, channels);

        ConvForward expected = LoopConvolution.convForward(aPrev, w, b, new ConvParams(stride, pad));
        Object z = notebook.eval(
                "testResult(convForward(testArg(0), testArg(1), testArg(2),"
                        + " Map.of(\"stride\", testArg(3), \"pad\", testArg(4))).Z());",
                aPrev,
                w,
                b,
                stride,
                pad);
        assertClose(z, expected.z());

        INDArray dZ = randn(
                random,
                Arrays.stream(expected.z().shape()).mapToInt(Math::toIntExact).toArray());
        ConvGradients gradients = LoopConvolution.convBackward(dZ, expected.cache());
        List<?> notebookGradients = (List<?>) notebook.eval(
                "var cache = new ConvCache(testArg(1), testArg(2), testArg(3),"
                        + " Map.of(\"stride\", testArg(4), \"pad\", testArg(5)));\n"
                        + "var grads = convBackward(testArg(0), cache);\n"
                        + "testResult(List.of(grads.dA_prev(), grads.dW(), grads.db()));",
                dZ,
                aPrev,
                w,
                b,
                stride,
                pad);
        assertClose(notebookGradients.get(0), gradients.dAPrev());
        assertClose(notebookGradients.get(1), gradients.dW());
        assertClose(notebookGradients.get(2), gradients.db());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PoolMode.class)
    void poolForwardAndBackwardAgreeWithOverlappingWindows(PoolMode mode) throws CellFailure {
        for (long seed = 41; seed <= 43; seed++) {
            NumpyRandom random = new NumpyRandom(seed);
            int f = 1 + draw(random, 3);
            int stride = 1 + draw(random, f);
            INDArray aPrev =
                    randn(random, 1 + draw(random, 2), f + draw(random, 4), f + draw(random, 4), 1 + draw(random, 3));
            PoolForward expected = LoopPooling.poolForward(aPrev, new PoolParams(f, stride), mode);
            Object a = notebook.eval(
                    "testResult(poolForward(testArg(0), Map.of(\"f\", testArg(1), \"stride\", testArg(2)),"
                            + " testArg(3)).A());",
                    aPrev,
                    f,
                    stride,
                    mode.notebookName());
            assertClose(a, expected.a());

            INDArray dA = randn(
                    random,
                    Arrays.stream(expected.a().shape())
                            .mapToInt(Math::toIntExact)
                            .toArray());
            Object dAPrev = notebook.eval(
                    "testResult(poolBackward(testArg(0), new PoolCache(testArg(1),"
                            + " Map.of(\"f\", testArg(2), \"stride\", testArg(3))), testArg(4)));",
                    dA,
                    aPrev,
                    f,
                    stride,
                    mode.notebookName());
            assertClose(dAPrev, LoopPooling.poolBackward(dA, expected.cache(), mode));
        }
    }

    @Test
    void createMaskFromWindowMarksEveryMaximumAsTheLibraryDoes() throws CellFailure {
        INDArray tied = Nd4j.create(new double[][] {{1, 3}, {3, 2}});
        INDArray random = randn(new NumpyRandom(51), 3, 3);
        for (INDArray window : List.of(tied, random)) {
            INDArray mask = (INDArray) notebook.eval("testResult(createMaskFromWindow(testArg(0)));", window);
            assertThat(mask.dataType()).isEqualTo(DataType.BOOL);
            assertThat(mask).isEqualTo(LoopPooling.createMaskFromWindow(window));
        }
    }

    @Test
    void distributeValueAgrees() throws CellFailure {
        Object spread = notebook.eval(
                "testResult(distributeValue(testArg(0), new int[] {testArg(1), testArg(2)}));", 3.5, 2, 3);
        assertClose(spread, LoopPooling.distributeValue(3.5, 2, 3));
    }

    private static INDArray randn(NumpyRandom random, int... shape) {
        return Nd4j.create(
                random.randn(shape), Arrays.stream(shape).asLongStream().toArray(), 'c');
    }

    /** A uniform integer in [0, bound). */
    private static int draw(NumpyRandom random, int bound) {
        return (int) random.randomInterval(bound - 1);
    }

    private static void assertClose(Object actual, INDArray expected) {
        assertThat(actual).isInstanceOf(INDArray.class);
        INDArray got = (INDArray) actual;
        assertThat(got.shape()).containsExactly(expected.shape());
        double scale = Math.max(1, expected.amaxNumber().doubleValue());
        double difference = got.castTo(DataType.DOUBLE)
                .sub(expected.castTo(DataType.DOUBLE))
                .amaxNumber()
                .doubleValue();
        assertThat(difference).as("largest difference").isLessThanOrEqualTo(TOLERANCE * scale);
    }
}
