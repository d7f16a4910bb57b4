package org.signsnet.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.signsnet.SignsnetException;

/**
 * What every command checks when it loads a model ({@link ModelStore#load}), so that none of them
 * answers with NaN or a confident nonsense: the network is a layer stack (not a DL4J
 * {@code ComputationGraph}), takes one 64 x 64 x 3 image (NHWC), ends in a softmax output layer
 * of at least two classes, has finite parameters of a size training can reach, and gives finite
 * probabilities for a blank image. The number of classes is not fixed: a network trained on
 * another folder of classes passes.
 */
final class NetworkCheck {
    /**
     * Largest parameter magnitude accepted. Adam moves a parameter by at most about the learning
     * rate (10 at most) per step, so even a 100,000-epoch run stays far below; the 32-bit patterns
     * of a damaged file spread up to 3.4e38.
     */
    static final double MAX_MAGNITUDE = 1e6;

    private static final String EXPECTED = "signsnet runs networks that take 64x64x3 images (height, width,"
            + " RGB) and end in a softmax output layer, such as the model.zip 'signsnet train' writes";

    private NetworkCheck() {}

    /** A MODEL error when {@code configuration} describes a DL4J computation graph rather than a layer stack. */
    static void checkLayerStack(String subject, JsonNode configuration) {
        if (configuration.has("vertices") || configuration.has("networkInputs")) {
            throw refused(subject + " is a DL4J ComputationGraph (a graph of "
                    + configuration.path("vertices").size() + " named vertices), not a layer stack; " + EXPECTED);
        }
        if (!configuration.path("confs").isArray()
                || configuration.path("confs").isEmpty()) {
            throw refused(subject + " holds no layers; " + EXPECTED);
        }
    }

    /** A MODEL error naming {@code subject} unless {@code network} is one signsnet can run. */
    static void check(String subject, MultiLayerNetwork network) {
        checkParameters(subject, network.params());
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        Layer last = conf.getConf(conf.getConfs().size() - 1).getLayer();
        if (!(last instanceof BaseOutputLayer output
                && output.getActivationFn() instanceof ActivationSoftmax
                && output.getNOut() >= 2)) {
            throw refused(subject + " is a DL4J network of another kind (" + layers(conf)
                    + "): its last layer is not a softmax output of at least 2 classes; " + EXPECTED);
        }
        INDArray probabilities;
        try {
            probabilities = network.output(Nd4j.zeros(
                    conf.getDataType(), 1, NotebookModel.IMAGE_SIZE, NotebookModel.IMAGE_SIZE, NotebookModel.CHANNELS));
        } catch (RuntimeException e) {
            throw SignsnetException.model(
                    subject + " is a DL4J network of another shape (" + layers(conf)
                            + "): it cannot take a 64x64x3 image; " + EXPECTED,
                    e);
        }
        if (BooleanIndexing.or(probabilities, Conditions.isNan())
                || BooleanIndexing.or(probabilities, Conditions.isInfinite())) {
            throw refused(subject + " gives probabilities that are not numbers; it is damaged, train it again"
                    + " with 'signsnet train'");
        }
    }

    private static void checkParameters(String subject, INDArray params) {
        long count = params.length();
        long nan = params.scan(Conditions.isNan()).longValue();
        long infinite = params.scan(Conditions.isInfinite()).longValue();
        if (nan + infinite > 0) {
            throw refused(String.format(
                    Locale.ROOT,
                    "%s has %d parameters that are not finite (%d NaN, %d infinite, of %d): it comes from a run"
                            + " that diverged or it is damaged; train it again with 'signsnet train'",
                    subject,
                    nan + infinite,
                    nan,
                    infinite,
                    count));
        }
        double largest = count == 0 ? 0 : params.amaxNumber().doubleValue();
        if (largest > MAX_MAGNITUDE) {
            throw refused(String.format(
                    Locale.ROOT,
                    "%s has parameters as large as %.3g, which no training reaches (at most %.0g): the file is"
                            + " damaged; train it again with 'signsnet train'",
                    subject,
                    largest,
                    MAX_MAGNITUDE));
        }
    }

    /** The layers of {@code conf} in words: "fully connected 784 -> 100, ReLU; fully connected 100 -> 10, softmax". */
    private static String layers(MultiLayerConfiguration conf) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < conf.getConfs().size(); i++) {
            parts.add(NetworkSummary.describe(conf.getConf(i).getLayer()));
        }
        return String.join("; ", parts);
    }

    private static SignsnetException refused(String message) {
        return SignsnetException.model(message, null);
    }
}
