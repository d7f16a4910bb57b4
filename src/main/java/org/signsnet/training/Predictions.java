package org.signsnet.training;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/**
 * A network's class probabilities for a set of images, computed in chunks so that memory stays
 * small whatever the number of images; the one inference loop behind {@link Accuracy} and
 * {@link SplitEvaluator}.
 */
public final class Predictions {
    private static final int CHUNK = 256;

    private Predictions() {}

    /**
     * {@code (m, classes)} probabilities of {@code network} for {@code images} {@code (m, 64, 64, 3)}.
     * A network whose output is not a number for some image (damaged or diverged parameters) is a
     * NUMERIC error.
     */
    public static INDArray of(MultiLayerNetwork network, INDArray images) {
        long m = images.size(0);
        INDArray[] chunks = new INDArray[(int) ((m + CHUNK - 1) / CHUNK)];
        for (long start = 0; start < m; start += CHUNK) {
            INDArray chunk = images.get(
                    NDArrayIndex.interval(start, Math.min(m, start + CHUNK)),
                    NDArrayIndex.all(),
                    NDArrayIndex.all(),
                    NDArrayIndex.all());
            chunks[(int) (start / CHUNK)] = network.output(chunk, false);
        }
        INDArray probabilities = chunks.length == 1 ? chunks[0] : Nd4j.concat(0, chunks);
        if (BooleanIndexing.or(probabilities, Conditions.isNan())) {
            throw new SignsnetException(
                    ErrorKind.NUMERIC,
                    "the network's predictions are not numbers (NaN) for some of " + m
                            + " images: its parameters are damaged or its training diverged");
        }
        return probabilities;
    }
}
