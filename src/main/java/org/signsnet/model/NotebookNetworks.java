package org.signsnet.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Builds ready-to-train DL4J networks for a {@link TrainingConfig}. */
public final class NotebookNetworks {
    private NotebookNetworks() {
    }

    /**
     * The network of {@code config.preset()}, initialised: with {@link InitMode#TF} and the
     * preset ({@link ModelPreset#notebookNetwork()}) it starts from TensorFlow 1's exact weights
     * ({@link TensorFlowWeights#notebook(long)} with {@code config.fcOpSeed()}); otherwise from
     * DL4J's own Xavier-uniform initialisation seeded by {@code config.seed()}.
     */
    public static MultiLayerNetwork create(TrainingConfig config) {
        MultiLayerNetwork net = new MultiLayerNetwork(config.preset().configuration(config));
        net.init();
        if (config.init() == InitMode.TF && config.preset().notebookNetwork()) {
            TensorFlowWeights.notebook(config.fcOpSeed()).applyTo(net);
        }
        return net;
    }
}
