package org.signsnet.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.model.ModelPreset;

class ClassScoreGradientTest {
    /**
     * For the notebook's network (no dropout, no batch norm: training and inference mode compute
     * the same function) DL4J's own {@code calculateGradients} on a copy with its stock layers gives
     * {@code d(-log p_k)/dx = -(dz_k/dx - sum_j p_j dz_j/dx)}: the logit gradients of all six
     * classes must combine into exactly that.
     */
    @Test
    void logitGradientsCombineIntoDl4jsLogSoftmaxGradientOnTheStockNetwork() {
        MultiLayerNetwork fast = TestNetworks.fitted(ModelPreset.NOTEBOOK, 5);
        MultiLayerNetwork stock =
                new MultiLayerNetwork(fast.getLayerWiseConfigurations().clone());
        stock.init(fast.params().dup(), true);
        assertThat(fast.getLayer(0).getClass().getName())
                .as("the fast network explained")
                .startsWith("org.signsnet.nn.");
        INDArray x = TestNetworks.images(1, 3);
        double[] p = fast.output(x, false).toDoubleVector();
        ClassScoreGradient gradient = new ClassScoreGradient(fast);
        List<INDArray> activations = fast.feedForward(x, false);
        INDArray[] logitGradients = new INDArray[6];
        for (int j = 0; j < 6; j++) {
            logitGradients[j] = gradient.of(activations, j);
            assertThat(logitGradients[j].shape()).containsExactly(1, 64, 64, 3);
        }
        for (int k = 0; k < 6; k++) {
            INDArray expected = logitGradients[k].dup();
            for (int j = 0; j < 6; j++) {
                expected.subi(logitGradients[j].mul(p[j]));
            }
            INDArray label = Nd4j.zeros(DataType.FLOAT, 1, 6).putScalar(0, k, 1f);
            Pair<Gradient, INDArray> dl4j = stock.calculateGradients(x, label, null, null);
            INDArray actual = dl4j.getSecond().neg();
            double scale = expected.amaxNumber().doubleValue();
            assertThat(scale).isGreaterThan(0);
            assertThat(actual.sub(expected).amaxNumber().doubleValue() / scale)
                    .as("class " + k)
                    .isLessThan(1e-4);
        }
    }

    /**
     * Every network signsnet builds is piecewise linear in its input up to the softmax (ReLU, max
     * and average pooling, batch norm in inference mode), so a central difference of the logit
     * along a direction equals the gradient's directional derivative up to rounding and the rare
     * ReLU that flips. The direction is the gradient itself, scaled to move no pixel by more than
     * {@code h}: a wrong gradient {@code g'} would give {@code g . g'} instead of {@code |g'|^2}.
     */
    @ParameterizedTest
    @EnumSource(
            value = ModelPreset.class,
            names = {"NOTEBOOK", "IMPROVED"})
    void theGradientIsTheLogitsDirectionalDerivative(ModelPreset preset) {
        MultiLayerNetwork network = TestNetworks.fitted(preset, 5);
        INDArray x = TestNetworks.images(1, 8);
        ClassScoreGradient gradient = new ClassScoreGradient(network);
        List<INDArray> activations = network.feedForward(x, false);
        for (int k = 0; k < 6; k++) {
            INDArray g = gradient.of(activations, k);
            INDArray direction = g.div(g.amaxNumber());
            double analytic = g.mul(direction).sumNumber().doubleValue();
            double h =
                    1e-4; // small enough that hardly any ReLU or max-pool argmax switches, large against float rounding
            double numeric =
                    (logit(network, x.add(direction.mul(h)), k) - logit(network, x.sub(direction.mul(h)), k)) / (2 * h);
            assertThat(numeric).as("class %d of %s", k, preset).isCloseTo(analytic, within(0.01 * analytic));
        }
    }

    /** {@code z_k}: the output layer's input times its weights plus bias. */
    private static double logit(MultiLayerNetwork network, INDArray x, int k) {
        List<INDArray> activations = network.feedForward(x, false);
        int n = network.getnLayers();
        INDArray in = activations.get(n - 1);
        if (network.getLayerWiseConfigurations().getInputPreProcess(n - 1) != null) {
            in = network.getLayerWiseConfigurations()
                    .getInputPreProcess(n - 1)
                    .preProcess(in.dup(), 1, LayerWorkspaceMgr.noWorkspaces());
        }
        Layer out = network.getOutputLayer();
        return in.castTo(DataType.DOUBLE)
                        .mmul(out.getParam("W").castTo(DataType.DOUBLE))
                        .getDouble(0, k)
                + out.getParam("b").getDouble(k);
    }
}
