package org.signsnet.model;

import java.util.Arrays;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.random.TensorFlowInitializers;

/**
 * The starting weights TensorFlow 1 gives the application notebook's model, in TensorFlow's own
 * layouts, and their loading into the DL4J network of {@link NotebookModel}.
 *
 * <p>{@code initialize_parameters} runs {@code tf.set_random_seed(1)} and creates W1 (4, 4, 3, 8)
 * and W2 (2, 2, 8, 16), both HWIO, with {@code xavier_initializer(seed=0)}: op seeds (1, 0) for
 * both, so W2 reuses the start of W1's Philox stream. {@code forward_propagation}'s
 * {@code fully_connected(P2, 6)} creates its (64, 6) [in, out] weight with
 * {@code xavier_initializer()} and no op seed, so TF uses the graph's op counter at that moment as
 * op seed: {@code fcOpSeed} (39 in the notebook version whose forward-propagation output is shown).
 * Its bias starts at zero. The op seed is used as given; TF versions that reduce op seeds modulo
 * 2^31 - 1 give the same weights for every seed below that.
 *
 * @param w1Hwio  CONV1 weights, shape (4, 4, 3, 8) = (kH, kW, in, out)
 * @param w2Hwio  CONV2 weights, shape (2, 2, 8, 16)
 * @param fcW     FC weights, shape (64, 6) = (in, out), rows in NHWC flatten order (h, w, c)
 * @param fcOpSeed the FC initialiser's op seed these weights were drawn with
 */
public record TensorFlowWeights(INDArray w1Hwio, INDArray w2Hwio, INDArray fcW, long fcOpSeed) {
    /** {@code tf.set_random_seed(1)} in {@code initialize_parameters}. */
    public static final long GRAPH_SEED = 1;
    /** {@code xavier_initializer(seed = 0)} for W1 and W2. */
    public static final long CONV_OP_SEED = 0;
    /** The FC op seed of the notebook version whose {@code Z3} output the reference shows. */
    public static final long NOTEBOOK_FC_OP_SEED = 39;

    static final long[] W1_SHAPE = {4, 4, 3, 8};
    static final long[] W2_SHAPE = {2, 2, 8, 16};
    static final long[] FC_W_SHAPE = {64, 6};

    /** Draws the notebook's starting weights exactly as TF1 does, with the given FC op seed. */
    public static TensorFlowWeights notebook(long fcOpSeed) {
        return notebook(fcOpSeed, NotebookModel.CLASSES);
    }

    /**
     * The starting weights of the notebook's network with {@code classes} outputs: TF1 draws the
     * FC weight (64, classes) from the same op seed, Xavier-uniform with fan out {@code classes}.
     */
    public static TensorFlowWeights notebook(long fcOpSeed, int classes) {
        if (fcOpSeed < 0) {
            throw new IllegalArgumentException("fc op seed must be non-negative, got " + fcOpSeed);
        }
        long[] fcShape = {FC_W_SHAPE[0], classes};
        return new TensorFlowWeights(
                xavier(W1_SHAPE, CONV_OP_SEED), xavier(W2_SHAPE, CONV_OP_SEED), xavier(fcShape, fcOpSeed), fcOpSeed);
    }

    /**
     * Overwrites the parameters of a {@link NotebookModel} network in place: CONV1 and CONV2
     * weights (DL4J layout [out, in, kH, kW] = HWIO permuted (3, 2, 0, 1)), FC weights as they are
     * and FC bias zero. Updater state is not touched, so call this before training.
     */
    public void applyTo(MultiLayerNetwork net) {
        assign(net.getLayer(NotebookModel.CONV1), "W", hwioToDl4j(w1Hwio));
        assign(net.getLayer(NotebookModel.CONV2), "W", hwioToDl4j(w2Hwio));
        assign(net.getLayer(NotebookModel.FC), "W", fcW);
        net.getLayer(NotebookModel.FC).getParam("b").assign(0);
    }

    /** A TF convolution kernel (kH, kW, in, out) as DL4J's ConvolutionLayer "W" (out, in, kH, kW). */
    public static INDArray hwioToDl4j(INDArray hwio) {
        return hwio.permute(3, 2, 0, 1);
    }

    /** DL4J's ConvolutionLayer "W" (out, in, kH, kW) as a TF kernel (kH, kW, in, out). */
    public static INDArray dl4jToHwio(INDArray oihw) {
        return oihw.permute(2, 3, 1, 0);
    }

    private static INDArray xavier(long[] shape, long opSeed) {
        float[] values = TensorFlowInitializers.xavierUniform(shape, GRAPH_SEED, opSeed);
        return Nd4j.create(values, shape, 'c');
    }

    private static void assign(Layer layer, String key, INDArray value) {
        INDArray param = layer.getParam(key);
        if (!Arrays.equals(param.shape(), value.shape())) {
            throw new IllegalStateException("layer " + layer.getIndex() + " param " + key + " has shape "
                    + Arrays.toString(param.shape()) + ", TF weights have "
                    + Arrays.toString(value.shape()));
        }
        param.assign(value.castTo(DataType.FLOAT));
    }
}
