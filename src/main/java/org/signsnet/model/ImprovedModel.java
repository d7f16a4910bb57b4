package org.signsnet.model;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * A stronger, still small and CPU-cheap ConvNet for SIGNS (the {@link ModelPreset#IMPROVED} preset).
 *
 * <pre>
 * input (m, 64, 64, 3) NHWC
 * AVGPOOL 2x2, stride 2                                     (m, 32, 32, 3)   cheap downscale
 * CONV 3x3, 3 -> 16, SAME [-> BATCHNORM] -> RELU            (m, 32, 32, 16)
 * MAXPOOL 2x2                                               (m, 16, 16, 16)
 * CONV 3x3, 16 -> 32, SAME [-> BATCHNORM] -> RELU           (m, 16, 16, 32)
 * MAXPOOL 2x2                                               (m,  8,  8, 32)
 * CONV 3x3, 32 -> 64, SAME [-> BATCHNORM] -> RELU           (m,  8,  8, 64)
 * GLOBAL AVERAGE POOL                                       (m, 64)
 * [DROPOUT] -> FULLY CONNECTED 64 -> 6, softmax cross-entropy
 * </pre>
 *
 * Adam with decoupled weight decay ({@code weightDecay}, scaled by the learning rate as AdamW) and
 * a {@link WarmupCosineSchedule} over the run's epochs (as DL4J's {@code MapSchedule}). He (ReLU) initialisation seeded by the
 * run's seed. DL4J's own layer classes only; signsnet runs its convolutions and max-pooling on its
 * fast layers ({@code FastNetwork}). The parts in brackets and the schedule can be switched off by a {@link Variant}
 * (for the ablation in docs/improved-model.md).
 */
public final class ImprovedModel {
    public static final int[] CHANNELS = {16, 32, 64};

    /**
     * Which parts of the improved model are on.
     *
     * @param batchNorm      batch normalisation after each convolution
     * @param dropout        probability of dropping a pooled feature before the classifier, 0 for none
     * @param cosineSchedule warm-up + cosine learning rate; constant rate when false
     * @param weightDecay    decoupled weight decay coefficient, 0 for none
     * @param warmupEpochs   epochs of linear warm-up (with the cosine schedule)
     */
    public record Variant(
            boolean batchNorm, double dropout, boolean cosineSchedule, double weightDecay, int warmupEpochs) {
        public Variant {
            if (!(dropout >= 0 && dropout < 1) || !(weightDecay >= 0) || warmupEpochs < 0) {
                throw new IllegalArgumentException("need dropout in [0, 1), weightDecay >= 0, warmupEpochs >= 0");
            }
        }

        /** Everything on: the preset's configuration. */
        public static Variant full() {
            return new Variant(true, 0.3, true, 1e-4, 2);
        }

        public Variant withBatchNorm(boolean value) {
            return new Variant(value, dropout, cosineSchedule, weightDecay, warmupEpochs);
        }

        public Variant withDropout(double value) {
            return new Variant(batchNorm, value, cosineSchedule, weightDecay, warmupEpochs);
        }

        public Variant withCosineSchedule(boolean value) {
            return new Variant(batchNorm, dropout, value, weightDecay, warmupEpochs);
        }

        public Variant withWeightDecay(double value) {
            return new Variant(batchNorm, dropout, cosineSchedule, value, warmupEpochs);
        }
    }

    private ImprovedModel() {}

    /** The preset's network for {@code config}: every part of {@link Variant#full()} on. */
    public static MultiLayerConfiguration configuration(TrainingConfig config) {
        return configuration(config, Variant.full(), NotebookModel.CLASSES);
    }

    /** The network for {@code config} with only the parts of {@code variant} switched on. */
    public static MultiLayerConfiguration configuration(TrainingConfig config, Variant variant) {
        return configuration(config, variant, NotebookModel.CLASSES);
    }

    /** The network for {@code config} and {@code variant} with {@code classes} outputs. */
    public static MultiLayerConfiguration configuration(TrainingConfig config, Variant variant, int classes) {
        ISchedule schedule = variant.cosineSchedule()
                ? new WarmupCosineSchedule(config.learningRate(), variant.warmupEpochs(), config.epochs(), 0.01)
                        .asMapSchedule()
                : null;
        Adam adam = schedule == null ? new Adam(config.learningRate()) : new Adam(schedule);
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .dataType(DataType.FLOAT)
                .updater(adam)
                .weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Same);
        if (variant.weightDecay() > 0) {
            builder.weightDecay(variant.weightDecay());
        }
        NeuralNetConfiguration.ListBuilder list = builder.list()
                .layer(new SubsamplingLayer.Builder(PoolingType.AVG)
                        .kernelSize(2, 2)
                        .stride(2, 2)
                        .dataFormat(CNN2DFormat.NHWC)
                        .name("downscale")
                        .build());
        for (int block = 0; block < CHANNELS.length; block++) {
            String n = String.valueOf(block + 1);
            list.layer(new ConvolutionLayer.Builder(3, 3)
                    .stride(1, 1)
                    .nOut(CHANNELS[block])
                    .hasBias(!variant.batchNorm())
                    .dataFormat(CNN2DFormat.NHWC)
                    .activation(variant.batchNorm() ? Activation.IDENTITY : Activation.RELU)
                    .name("conv" + n)
                    .build());
            if (variant.batchNorm()) {
                // DL4J's BatchNormalization ignores an activation set on it: ReLU is its own layer
                list.layer(new BatchNormalization.Builder()
                                .dataFormat(CNN2DFormat.NHWC)
                                .name("bn" + n)
                                .build())
                        .layer(new ActivationLayer.Builder()
                                .activation(Activation.RELU)
                                .name("relu" + n)
                                .build());
            }
            if (block < CHANNELS.length - 1) {
                list.layer(new SubsamplingLayer.Builder(PoolingType.MAX)
                        .kernelSize(2, 2)
                        .stride(2, 2)
                        .dataFormat(CNN2DFormat.NHWC)
                        .name("pool" + n)
                        .build());
            }
        }
        OutputLayer.Builder output = new OutputLayer.Builder(LossFunction.MCXENT)
                .nOut(classes)
                .activation(Activation.SOFTMAX)
                .weightInit(WeightInit.XAVIER)
                .name("fc");
        if (variant.dropout() > 0) {
            output.dropOut(1 - variant.dropout()); // DL4J takes the probability of keeping
        }
        return list.layer(new GlobalPoolingLayer.Builder(PoolingType.AVG)
                        .name("gap")
                        .build())
                .layer(output.build())
                .setInputType(InputType.convolutional(
                        NotebookModel.IMAGE_SIZE, NotebookModel.IMAGE_SIZE, NotebookModel.CHANNELS, CNN2DFormat.NHWC))
                .build();
    }
}
