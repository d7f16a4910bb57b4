package org.signsnet.model;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The application notebook's ConvNet as a DL4J configuration: {@code initialize_parameters} +
 * {@code forward_propagation} + {@code compute_cost} + {@code AdamOptimizer}.
 *
 * <pre>
 * input (m, 64, 64, 3) NHWC
 * CONV2D 4x4, 3 -> 8, stride 1, SAME, no bias -> RELU      Z1, A1 (m, 64, 64, 8)
 * MAXPOOL 8x8, stride 8, SAME                              P1     (m,  8,  8, 8)
 * CONV2D 2x2, 8 -> 16, stride 1, SAME, no bias -> RELU     Z2, A2 (m,  8,  8, 16)
 * MAXPOOL 4x4, stride 4, SAME                              P2     (m,  2,  2, 16)
 * FLATTEN in NHWC order (h, w, c)                                 (m, 64)
 * FULLY CONNECTED 64 -> 6 with bias, softmax cross-entropy        Z3 (m, 6)
 * </pre>
 *
 * DL4J's {@link ConvolutionMode#Same} pads like TensorFlow's SAME: the odd extra row and column go
 * to the bottom and right. All weights are Xavier-uniform with fan = channels x kernel area, as
 * {@code tf.contrib.layers.xavier_initializer}; the FC bias starts at zero. Parameters:
 * 384 + 512 + 390 = 1,286.
 */
public final class NotebookModel {
    /** Layer indices in the {@link MultiLayerNetwork}. */
    public static final int CONV1 = 0;

    public static final int POOL1 = 1;
    public static final int CONV2 = 2;
    public static final int POOL2 = 3;
    public static final int FC = 4;

    public static final int IMAGE_SIZE = 64;
    public static final int CHANNELS = 3;
    public static final int CLASSES = 6;
    public static final int PARAMETER_COUNT = 4 * 4 * 3 * 8 + 2 * 2 * 8 * 16 + 64 * 6 + 6;

    private NotebookModel() {}

    /**
     * The notebook's network with Adam(learningRate, 0.9, 0.999, 1e-8) and DL4J's initialisation
     * seeded by {@code seed}, from DL4J's own layer classes only: a {@code model.zip} of it loads in
     * any DL4J program. signsnet trains and runs it on its fast layers ({@code FastNetwork}); the
     * {@code notebook_stock} preset runs DL4J's stock layers on the same configuration.
     */
    public static MultiLayerConfiguration configuration(double learningRate, long seed) {
        return configuration(learningRate, seed, CLASSES);
    }

    /**
     * The same network with {@code classes} outputs instead of SIGNS' six: the notebook's model for a
     * photo folder of that many classes ({@code fully_connected(P2, classes)}).
     */
    public static MultiLayerConfiguration configuration(double learningRate, long seed, int classes) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate, 0.9, 0.999, 1e-8))
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .convolutionMode(ConvolutionMode.Same)
                .list()
                // CONV2D: stride of 1, padding 'SAME'; RELU
                .layer(
                        CONV1,
                        new ConvolutionLayer.Builder(4, 4)
                                .stride(1, 1)
                                .nIn(CHANNELS)
                                .nOut(8)
                                .hasBias(false)
                                .dataFormat(CNN2DFormat.NHWC)
                                .activation(Activation.RELU)
                                .name("conv1")
                                .build())
                // MAXPOOL: window 8x8, stride 8, padding 'SAME'
                .layer(
                        POOL1,
                        new SubsamplingLayer.Builder(PoolingType.MAX)
                                .kernelSize(8, 8)
                                .stride(8, 8)
                                .dataFormat(CNN2DFormat.NHWC)
                                .name("pool1")
                                .build())
                // CONV2D: filters W2, stride 1, padding 'SAME'; RELU
                .layer(
                        CONV2,
                        new ConvolutionLayer.Builder(2, 2)
                                .stride(1, 1)
                                .nOut(16)
                                .hasBias(false)
                                .dataFormat(CNN2DFormat.NHWC)
                                .activation(Activation.RELU)
                                .name("conv2")
                                .build())
                // MAXPOOL: window 4x4, stride 4, padding 'SAME'
                .layer(
                        POOL2,
                        new SubsamplingLayer.Builder(PoolingType.MAX)
                                .kernelSize(4, 4)
                                .stride(4, 4)
                                .dataFormat(CNN2DFormat.NHWC)
                                .name("pool2")
                                .build())
                // FLATTEN, FULLY-CONNECTED with 6 outputs (one per class), softmax cross-entropy
                .layer(
                        FC,
                        new OutputLayer.Builder(LossFunction.MCXENT)
                                .nOut(classes)
                                .activation(Activation.SOFTMAX)
                                .biasInit(0.0)
                                .name("fc")
                                .build())
                .setInputType(InputType.convolutional(IMAGE_SIZE, IMAGE_SIZE, CHANNELS, CNN2DFormat.NHWC))
                .build();
    }
}
