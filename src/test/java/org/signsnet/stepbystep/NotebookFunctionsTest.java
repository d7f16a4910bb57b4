package org.signsnet.stepbystep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.signsnet.stepbystep.TestArrays.randn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.signsnet.random.NumpyRandom;

/** The small notebook functions and the contracts of the layer functions (shapes, validation, pad 0). */
class NotebookFunctionsTest {

    @ParameterizedTest(name = "pad {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void zeroPadSurroundsHeightAndWidthWithZerosOnly(int pad) {
        INDArray x = randn(new NumpyRandom(1), 2, 3, 4, 2);
        INDArray xPad = LoopConvolution.zeroPad(x, pad);
        assertThat(xPad.shape()).containsExactly(2, 3 + 2 * pad, 4 + 2 * pad, 2);
        INDArray inner = xPad.get(
                NDArrayIndex.all(),
                NDArrayIndex.interval(pad, pad + 3),
                NDArrayIndex.interval(pad, pad + 4),
                NDArrayIndex.all());
        assertThat(TestArrays.values(inner)).containsExactly(TestArrays.values(x));
        assertThat(xPad.sumNumber().doubleValue())
                .isCloseTo(x.sumNumber().doubleValue(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void convSingleStepIsTheSumOfTheProductPlusTheBias() {
        INDArray a = Nd4j.create(new double[] {1, 2, 3, 4}, new long[] {2, 2, 1}, DataType.DOUBLE);
        INDArray w = Nd4j.create(new double[] {1, 0, -1, 0.5}, new long[] {2, 2, 1}, DataType.DOUBLE);
        INDArray b = Nd4j.create(new double[] {0.25}, new long[] {1, 1, 1}, DataType.DOUBLE);
        assertThat(LoopConvolution.convSingleStep(a, w, b)).isEqualTo(1 - 3 + 2 + 0.25);
    }

    @Test
    void createMaskMarksTheMaximum() {
        INDArray x = Nd4j.create(new double[][] {{1, 3}, {4, 2}});
        assertThat(TestArrays.values(LoopPooling.createMaskFromWindow(x))).containsExactly(0, 0, 1, 0);
        assertThat(LoopPooling.createMaskFromWindow(x).dataType()).isEqualTo(DataType.BOOL);
    }

    @Test
    void createMaskMarksEveryTiedMaximumAsNumpysEqualityDoes() {
        INDArray x = Nd4j.create(new double[][] {{4, 3}, {4, 2}});
        assertThat(TestArrays.values(LoopPooling.createMaskFromWindow(x))).containsExactly(1, 0, 1, 0);
    }

    @Test
    void distributeValueSpreadsEvenly() {
        INDArray a = LoopPooling.distributeValue(2, 2, 2);
        assertThat(a.shape()).containsExactly(2, 2);
        assertThat(TestArrays.values(a)).containsOnly(0.5);
        assertThat(TestArrays.values(LoopPooling.distributeValue(3, 1, 4))).containsOnly(0.75);
    }

    @Test
    void maxPoolBackwardRoutesGradientOnlyToTheArgmax() {
        INDArray aPrev = Nd4j.create(new double[] {1, 3, 4, 2}, new long[] {1, 2, 2, 1}, DataType.DOUBLE);
        PoolCache cache = LoopPooling.poolForward(aPrev, new PoolParams(2, 2), PoolMode.MAX)
                .cache();
        INDArray dA = Nd4j.create(new double[] {5}, new long[] {1, 1, 1, 1}, DataType.DOUBLE);
        assertThat(TestArrays.values(LoopPooling.poolBackward(dA, cache, PoolMode.MAX)))
                .containsExactly(0, 0, 5, 0);
        assertThat(TestArrays.values(LoopPooling.poolBackward(dA, cache, PoolMode.AVERAGE)))
                .containsOnly(1.25);
    }

    @Test
    void convBackwardWithPadZeroReturnsTheFullInputGradient() {
        NumpyRandom random = new NumpyRandom(1);
        INDArray aPrev = randn(random, 2, 4, 4, 2);
        INDArray w = randn(random, 3, 3, 2, 2);
        INDArray b = randn(random, 1, 1, 1, 2);
        ConvForward forward = LoopConvolution.convForward(aPrev, w, b, new ConvParams(1, 0));
        assertThat(forward.z().shape()).containsExactly(2, 2, 2, 2);
        ConvGradients gradients = LoopConvolution.convBackward(Nd4j.onesLike(forward.z()), forward.cache());
        assertThat(gradients.dAPrev().shape()).containsExactly(2, 4, 4, 2);
        assertThat(gradients.dAPrev().getDouble(0, 1, 1, 0)).isNotZero();
        assertThat(TestArrays.values(gradients.db())).containsOnly(8.0);
    }

    @Test
    void convForwardReturnsTheNotebooksCache() {
        NumpyRandom random = new NumpyRandom(1);
        INDArray aPrev = randn(random, 1, 3, 3, 1);
        INDArray w = randn(random, 2, 2, 1, 1);
        INDArray b = randn(random, 1, 1, 1, 1);
        ConvForward forward = new LoopConvolutionOps().convForward(aPrev, w, b, new ConvParams(1, 0));
        assertThat(forward.cache().aPrev()).isSameAs(aPrev);
        assertThat(forward.cache().w()).isSameAs(w);
        assertThat(forward.cache().b()).isSameAs(b);
        assertThat(forward.cache().params()).isEqualTo(new ConvParams(1, 0));
    }

    @Test
    void hyperparametersRejectImpossibleValues() {
        assertThatThrownBy(() -> new ConvParams(0, 1)).hasMessageContaining("stride");
        assertThatThrownBy(() -> new ConvParams(1, -1)).hasMessageContaining("pad");
        assertThatThrownBy(() -> new PoolParams(0, 1)).hasMessageContaining("f");
        assertThatThrownBy(() -> new PoolParams(2, 0)).hasMessageContaining("stride");
        assertThatThrownBy(() -> new PoolParams(5, 1).outputSize(4)).hasMessageContaining("does not fit");
    }

    @Test
    void mismatchedShapesAreRejectedWithTheShapesInTheMessage() {
        NumpyRandom random = new NumpyRandom(1);
        INDArray aPrev = randn(random, 1, 4, 4, 3);
        INDArray wrongChannels = randn(random, 2, 2, 2, 4);
        INDArray b = randn(random, 1, 1, 1, 4);
        for (ConvolutionOps ops : new ConvolutionOps[] {new LoopConvolutionOps(), new VectorisedConvolutionOps()}) {
            assertThatThrownBy(() -> ops.convForward(aPrev, wrongChannels, b, new ConvParams(1, 0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("n_C_prev");
            assertThatThrownBy(() -> ops.poolForward(randn(random, 4, 4, 3), new PoolParams(2, 2), PoolMode.MAX))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("rank 4");
        }
    }
}
