package org.signsnet.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.data.ClassNames;
import org.signsnet.model.ModelPreset;

/**
 * An explanation's three parts come from three passes over one network (see {@link Explainer}):
 * they must describe one function of the input, so that the maps and the saliency shown are those
 * of the answer shown.
 */
class ExplainerTest {
    @ParameterizedTest
    @EnumSource(
            value = ModelPreset.class,
            names = {"NOTEBOOK", "IMPROVED"})
    void thePredictionIsTheOutputOfThePassThatGivesTheMapsAndTheSaliency(ModelPreset preset) {
        MultiLayerNetwork network = TestNetworks.fitted(preset, 1);
        INDArray x = TestNetworks.images(1, 6);
        Explainer explainer = new Explainer(network, ClassNames.numbered(6));

        Explanation explanation = explainer.explain("blobs", x);

        List<INDArray> activations = network.feedForward(x, false);
        double[] layerByLayer = activations.get(activations.size() - 1).toDoubleVector();
        assertThat(explanation.prediction().probabilities()).containsExactly(layerByLayer, within(1e-5));
        assertThat(explanation.saliency().targetClass())
                .isEqualTo(explanation.prediction().predicted());
        assertThat(explanation.stages()).hasSameSizeAs(explainer.stages());
        for (int s = 0; s < explainer.stages().size(); s++) {
            assertThat(explanation.stages().get(s).values())
                    .as(explainer.stages().get(s).name())
                    .containsExactly(explainer.stages().get(s).maps(activations).values());
        }
    }
}
