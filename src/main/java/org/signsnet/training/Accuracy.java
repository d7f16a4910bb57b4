package org.signsnet.training;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.data.SignsDataset;

/** The notebook's accuracy: {@code mean(argmax(Z3, 1) == argmax(Y, 1))}. */
public final class Accuracy {
    private Accuracy() {}

    /** Fraction of {@code data}'s images whose most probable class is the true label. */
    public static double of(MultiLayerNetwork network, SignsDataset data) {
        return of(predictedClasses(network, data.images()), data.labels());
    }

    /** Fraction of {@code predicted} classes equal to their {@code labels}. */
    public static double of(int[] predicted, int[] labels) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] == labels[i]) {
                correct++;
            }
        }
        return labels.length == 0 ? 0 : (double) correct / labels.length;
    }

    /** {@code argmax} of the network's output for each image of {@code images} (m, 64, 64, 3). */
    public static int[] predictedClasses(MultiLayerNetwork network, INDArray images) {
        return Predictions.of(network, images).argMax(1).toIntVector();
    }
}
