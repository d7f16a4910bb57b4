package org.signsnet.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.signsnet.random.NumpyRandom;

/**
 * The application notebook's test cells for {@code initialize_parameters},
 * {@code forward_propagation} and {@code compute_cost}, run through the DL4J network that
 * {@link NotebookNetworks#create(TrainingConfig)} builds with TensorFlow's starting weights.
 *
 * <p>Inputs are the notebook's numpy draws: {@code np.random.seed(1)} then {@code randn(2,64,64,3)}
 * (forward cell; the Y it also feeds is unused), and {@code np.random.seed(1)} then
 * {@code randn(4,64,64,3)} and {@code randn(4,6)} (cost cell). The cost cell's Y is not one-hot:
 * {@code softmax_cross_entropy_with_logits} takes any real labels, and so does DL4J's MCXENT loss.
 */
public final class ApplicationCells {
    private static final int NUMPY_SEED = 1;

    private ApplicationCells() {}

    /** Runs the three cells with the given op seed for the fully connected layer's initialiser. */
    public static ApplicationCellsResult run(long fcOpSeed) {
        MultiLayerNetwork net =
                NotebookNetworks.create(TrainingConfig.notebookDefaults().withFcOpSeed(fcOpSeed));
        return new ApplicationCellsResult(
                fcOpSeed,
                hwioSlice(net, NotebookModel.CONV1),
                hwioSlice(net, NotebookModel.CONV2),
                forwardPropagationCell(net).toFloatMatrix(),
                computeCostCell(net));
    }

    /** The forward-propagation cell: Z3 (2, 6) for {@code np.random.seed(1); randn(2,64,64,3)}. */
    static INDArray forwardPropagationCell(MultiLayerNetwork net) {
        NumpyRandom random = new NumpyRandom(NUMPY_SEED);
        INDArray x = array(random.randn(2, 64, 64, 3), 2, 64, 64, 3);
        return NetworkLogits.of(net, x);
    }

    /** The compute-cost cell: the network's MCXENT score (mean over 4 examples, no regularisation). */
    static float computeCostCell(MultiLayerNetwork net) {
        NumpyRandom random = new NumpyRandom(NUMPY_SEED);
        INDArray x = array(random.randn(4, 64, 64, 3), 4, 64, 64, 3);
        INDArray y = array(random.randn(4, 6), 4, 6);
        return (float) net.score(new DataSet(x, y), false);
    }

    /** {@code W[1,1,1]} of a convolution layer's kernel, read back from the network in TF's HWIO layout. */
    static float[] hwioSlice(MultiLayerNetwork net, int layer) {
        INDArray hwio = TensorFlowWeights.dl4jToHwio(net.getLayer(layer).getParam("W"));
        return hwio.get(NDArrayIndex.point(1), NDArrayIndex.point(1), NDArrayIndex.point(1), NDArrayIndex.all())
                .dup()
                .toFloatVector();
    }

    private static INDArray array(double[] values, long... shape) {
        return Nd4j.create(values, shape, 'c').castTo(DataType.FLOAT);
    }
}
