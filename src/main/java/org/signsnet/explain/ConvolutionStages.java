package org.signsnet.explain;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.model.NetworkSummary;

/**
 * Finds the stages {@code explain} shows in any signsnet network, by layer type: each convolution
 * block's maps after its activation, and after the pooling that follows it.
 *
 * <p>A block is a {@link ConvolutionLayer} and the {@link BatchNormalization} and
 * {@link ActivationLayer} layers right after it; its maps are the output of the block's last layer
 * (in the notebook's model {@code conv1} itself, whose activation is ReLU: the notebook's
 * {@code A1}; in the improved model {@code relu1} after {@code conv1} and {@code bn1}). When a
 * {@link SubsamplingLayer} follows, its output ({@code P1}) is the next stage. Stages are named
 * after their layers, so the notebook's network gives conv1, pool1, conv2, pool2, and the improved
 * one conv1, pool1, conv2, pool2, conv3.
 */
public final class ConvolutionStages {
    private ConvolutionStages() {}

    /** The stages of {@code network}, input to output. */
    public static List<Stage> of(MultiLayerNetwork network) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        List<InputType> outputs = conf.getLayerActivationTypes(NetworkSummary.INPUT);
        int n = conf.getConfs().size();
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Layer layer = conf.getConf(i).getLayer();
            if (!(layer instanceof ConvolutionLayer) || !(outputs.get(i) instanceof InputType.InputTypeConvolutional)) {
                continue;
            }
            StringBuilder title = new StringBuilder(NetworkSummary.name(layer, i))
                    .append(": ")
                    .append(NetworkSummary.describe(layer));
            int last = i;
            while (last + 1 < n && followsConvolution(conf.getConf(last + 1).getLayer())) {
                last++;
                title.append(" -> ")
                        .append(NetworkSummary.describe(conf.getConf(last).getLayer()));
            }
            stages.add(
                    new Stage(NetworkSummary.name(layer, i), title.toString(), last, (InputType.InputTypeConvolutional)
                            outputs.get(last)));
            if (last + 1 < n
                    && conf.getConf(last + 1).getLayer() instanceof SubsamplingLayer pool
                    && outputs.get(last + 1) instanceof InputType.InputTypeConvolutional pooled) {
                String name = NetworkSummary.name(pool, last + 1);
                stages.add(new Stage(name, name + ": " + NetworkSummary.describe(pool), last + 1, pooled));
                last++;
            }
            i = last;
        }
        return stages;
    }

    private static boolean followsConvolution(Layer layer) {
        return layer instanceof BatchNormalization || layer instanceof ActivationLayer;
    }
}
