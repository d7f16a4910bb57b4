package org.signsnet.model;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

/** The networks signsnet can train, each with its own default hyperparameters and data pipeline. */
public enum ModelPreset {
    /** The application notebook's three-layer ConvNet, exactly, on signsnet's fast layers. */
    NOTEBOOK(true, true) {
        @Override
        public MultiLayerConfiguration configuration(TrainingConfig config, int classes) {
            return NotebookModel.configuration(config.learningRate(), config.seed(), classes);
        }

        @Override
        public TrainingConfig defaults() {
            return TrainingConfig.notebookDefaults();
        }
    },

    /**
     * The same network on DL4J's stock layers (Java-side im2col, many times slower): the reference
     * the {@link #NOTEBOOK} preset's fast layers are checked against.
     */
    NOTEBOOK_STOCK(true, false) {
        @Override
        public MultiLayerConfiguration configuration(TrainingConfig config, int classes) {
            return NotebookModel.configuration(config.learningRate(), config.seed(), classes);
        }

        @Override
        public TrainingConfig defaults() {
            return TrainingConfig.notebookDefaults().withPreset(NOTEBOOK_STOCK);
        }
    },

    /**
     * {@link ImprovedModel}: three 3x3 conv blocks with batch normalisation, global average pooling,
     * dropout, Adam with weight decay and a warm-up + cosine schedule; no augmentation (why:
     * docs/improved-model.md).
     */
    IMPROVED(false, true) {
        @Override
        public MultiLayerConfiguration configuration(TrainingConfig config, int classes) {
            return ImprovedModel.configuration(config, ImprovedModel.Variant.full(), classes);
        }

        @Override
        public TrainingConfig defaults() {
            return new TrainingConfig(IMPROVED, 0.01, 25, 32, 3, InitMode.DL4J, 39);
        }
    };

    /** A fresh DL4J configuration of this preset for the given run, with {@code classes} outputs. */
    public abstract MultiLayerConfiguration configuration(TrainingConfig config, int classes);

    /** A fresh DL4J configuration of this preset for the given run on SIGNS (six classes). */
    public MultiLayerConfiguration configuration(TrainingConfig config) {
        return configuration(config, NotebookModel.CLASSES);
    }

    /** The run {@code signsnet train --preset NAME} does when no other option is given. */
    public abstract TrainingConfig defaults();

    private final boolean notebookNetwork;
    private final boolean fastLayers;

    ModelPreset(boolean notebookNetwork, boolean fastLayers) {
        this.notebookNetwork = notebookNetwork;
        this.fastLayers = fastLayers;
    }

    /** Whether this preset trains on signsnet's fast layers ({@code FastNetwork}) rather than DL4J's stock ones. */
    public boolean fastLayers() {
        return fastLayers;
    }

    /** Whether this is the notebook's network (which TensorFlow's initialisation applies to). */
    public boolean notebookNetwork() {
        return notebookNetwork;
    }
}
