package org.signsnet.nn;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Small networks and batches for comparing the fast layers with DL4J's stock ones. */
final class Networks {
    static final int CLASSES = 6;

    private Networks() {}

    /** Convolution, max-pooling, then a softmax output layer over {@link #CLASSES}, in {@code type}. */
    static MultiLayerConfiguration convPoolDense(Geometry g, Activation activation, boolean bias, DataType type) {
        return convPoolDense(g, activation, bias, type, new NoOp());
    }

    /** {@link #convPoolDense(Geometry, Activation, boolean, DataType)} trained by {@code updater}. */
    static MultiLayerConfiguration convPoolDense(
            Geometry g, Activation activation, boolean bias, DataType type, IUpdater updater) {
        return new NeuralNetConfiguration.Builder()
                .seed(42)
                .dataType(type)
                .updater(updater)
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(g.convolution(activation, bias))
                .layer(g.pooling())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT)
                        .nOut(CLASSES)
                        .activation(Activation.SOFTMAX)
                        .build())
                .setInputType(InputType.convolutional(g.h(), g.w(), g.c(), CNN2DFormat.NHWC))
                .build();
    }

    /** {@code m} images of {@code h x w x c} in [0, 1) and one-hot labels. */
    static DataSet batch(int m, int h, int w, int c, DataType type, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.rand(type, m, h, w, c);
        INDArray y = Nd4j.zeros(type, m, CLASSES);
        for (int i = 0; i < m; i++) {
            y.putScalar(i, (int) Math.floorMod(i * 7 + seed, CLASSES), 1.0);
        }
        return new DataSet(x, y);
    }
}
