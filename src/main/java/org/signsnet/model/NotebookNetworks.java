package org.signsnet.model;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.nn.FastNetwork;

/** Builds ready-to-train DL4J networks for a {@link TrainingConfig}. */
public final class NotebookNetworks {
    private NotebookNetworks() {}

    /**
     * The network of {@code config.preset()} (a {@link FastNetwork} where the preset runs the fast
     * layers), initialised: with {@link InitMode#TF} and the
     * preset ({@link ModelPreset#notebookNetwork()}) it starts from TensorFlow 1's exact weights
     * ({@link TensorFlowWeights#notebook(long)} with {@code config.fcOpSeed()}); otherwise from
     * DL4J's own Xavier-uniform initialisation seeded by {@code config.seed()}.
     */
    public static MultiLayerNetwork create(TrainingConfig config) {
        return create(config, NotebookModel.CLASSES);
    }

    /** {@link #create(TrainingConfig)} for {@code classes} classes instead of SIGNS' six. */
    public static MultiLayerNetwork create(TrainingConfig config, int classes) {
        MultiLayerConfiguration conf = config.preset().configuration(config, classes);
        MultiLayerNetwork net = config.preset().fastLayers() ? new FastNetwork(conf) : new MultiLayerNetwork(conf);
        net.init();
        if (config.init() == InitMode.TF && config.preset().notebookNetwork()) {
            TensorFlowWeights.notebook(config.fcOpSeed(), classes).applyTo(net);
        }
        return net;
    }

    /** The number of classes {@code network} tells apart: the size of its output layer. */
    public static int classes(MultiLayerNetwork network) {
        return (int) network.layerSize(network.getnLayers() - 1);
    }
}
