package org.signsnet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.signsnet.random.NumpyRandom;

class ApplicationCellsTest {
    /** The notebook's printed Z3 (forward_propagation test cell, fc op seed 39). */
    static final double[][] NOTEBOOK_Z3 = {
        {1.44169843, -0.24909666, 5.45049906, -0.26189619, -0.20669907, 1.36546707},
        {1.40708458, -0.02573211, 5.08928013, -0.48669922, -0.40940708, 1.26248586}
    };
    /** compute_cost with fc op seed 39 (the reference document shows 2.91034, from a later notebook version). */
    static final double COST_WITH_FC_OP_SEED_39 = 4.66487;

    private static ApplicationCellsResult notebook;

    @BeforeAll
    static void runTheCells() {
        notebook = ApplicationCells.run(TensorFlowWeights.NOTEBOOK_FC_OP_SEED);
    }

    @Test
    void initializeParametersCellPrintsExactlyWhatTheNotebookPrinted() {
        assertThat(notebook.notebookOutput())
                .startsWith("W1 = [ 0.00131723  0.14176141 -0.04434952  0.09197326  0.14984085 -0.03514394\n"
                        + " -0.06847463  0.05245192]\n"
                        + "W2 = [-0.08566415  0.17750949  0.11974221  0.16773748 -0.0830943  -0.08058\n"
                        + " -0.00577033 -0.14643836  0.24162132 -0.05857408 -0.19055021  0.1345228\n"
                        + " -0.22779644 -0.1601823  -0.16117483 -0.10286498]\n"
                        + "Z3 = [[ 1.44169");
    }

    @Test
    void forwardPropagationCellMatchesTheNotebooksZ3() {
        for (int i = 0; i < 2; i++) {
            assertThat(toDouble(notebook.z3()[i])).containsExactly(NOTEBOOK_Z3[i], within(1e-5));
        }
    }

    @Test
    void computeCostCellWithOpSeed39Gives466487() {
        assertThat((double) notebook.cost()).isCloseTo(COST_WITH_FC_OP_SEED_39, within(1e-5));
        assertThat(notebook.notebookOutput()).endsWith("\ncost = 4.66487\n");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 39, 57, 1000})
    void otherFcOpSeedsMatchTheIndependentTensorFlowReimplementation(long fcOpSeed) {
        ApplicationCellsResult result = ApplicationCells.run(fcOpSeed);
        JsonNode expected = TensorFlowFixture.forFcOpSeed(fcOpSeed);
        for (int i = 0; i < 2; i++) {
            assertThat(result.z3()[i])
                    .containsExactly(TensorFlowFixture.floats(expected.get("Z3").get(i)), within(1e-5f));
        }
        assertThat((double) result.cost()).isCloseTo(expected.get("cost").asDouble(), within(1e-5));
    }

    @Test
    void z3IsThePreActivationWhoseSoftmaxIsTheNetworksOutput() {
        MultiLayerNetwork net = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        INDArray x = Nd4j.create(new NumpyRandom(1).randn(2, 64, 64, 3), new long[] {2, 64, 64, 3}, 'c')
                .castTo(DataType.FLOAT);
        INDArray z3 = NetworkLogits.of(net, x);
        INDArray softmax = Transforms.softmax(z3, true);
        assertThat(TestArrays.flat(softmax)).containsExactly(TestArrays.flat(net.output(x)), within(1e-6f));
    }

    @Test
    void costIsTheMeanSoftmaxCrossEntropyWithRealValuedLabels() {
        MultiLayerNetwork net = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        NumpyRandom random = new NumpyRandom(1);
        double[] xs = random.randn(4, 64, 64, 3);
        double[] ys = random.randn(4, 6);
        INDArray x = Nd4j.create(xs, new long[] {4, 64, 64, 3}, 'c').castTo(DataType.FLOAT);
        double[][] z3 = NetworkLogits.of(net, x).toDoubleMatrix();
        double total = 0;
        for (int i = 0; i < 4; i++) {
            double max = Arrays.stream(z3[i]).max().orElseThrow();
            double logSum =
                    Math.log(Arrays.stream(z3[i]).map(v -> Math.exp(v - max)).sum()) + max;
            for (int k = 0; k < 6; k++) {
                total -= (float) ys[i * 6 + k] * (z3[i][k] - logSum);
            }
        }
        assertThat((double) ApplicationCells.computeCostCell(net)).isCloseTo(total / 4, within(1e-5));
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
