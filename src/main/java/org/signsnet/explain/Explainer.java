package org.signsnet.explain;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.data.ClassNames;
import org.signsnet.image.RgbImage;
import org.signsnet.predict.Prediction;
import org.signsnet.predict.Predictor;

/**
 * {@code signsnet explain} for one prepared input, and the one place that computes an
 * {@link Explanation} from a network. Its parts come from three passes over the same configuration
 * and parameters:
 *
 * <ol>
 *   <li>the prediction from {@link Predictor} ({@code network.output(x, false)}), so that it is
 *       {@code signsnet predict}'s answer digit for digit;
 *   <li>the feature maps of every {@link ConvolutionStages convolution stage} from
 *       {@code network.feedForward(x, false)}, the pass that keeps every layer's output;
 *   <li>the saliency of the predicted class from {@link ClassScoreGradient}, a backward pass in
 *       inference mode from those same layer outputs, through DL4J's stock layers on a copy of
 *       the network.
 * </ol>
 *
 * <p>They compute one function of the input up to float rounding. An engine that gives the
 * probabilities, every layer's output and a logit's input gradient from one forward pass would
 * replace all three here. Works for any signsnet preset.
 *
 * <p>Not thread-safe (it uses the network's layers); the web server keeps one per pooled network.
 */
public final class Explainer {
    private final MultiLayerNetwork network;
    private final Predictor predictor;
    private final List<Stage> stages;
    private final ClassScoreGradient gradient;

    /** An explainer of a network whose classes are named {@code classNames}. */
    public Explainer(MultiLayerNetwork network, ClassNames classNames) {
        this.network = network;
        this.predictor = new Predictor(network, classNames);
        this.stages = ConvolutionStages.of(network);
        this.gradient = new ClassScoreGradient(network);
    }

    /** The stages this network's explanations show, input to output. */
    public List<Stage> stages() {
        return stages;
    }

    /** The predictor on the same network. */
    public Predictor predictor() {
        return predictor;
    }

    /**
     * The explanation of {@code input}, float (1, 64, 64, 3) NHWC in [0, 1] as
     * {@link org.signsnet.image.NotebookImages} makes it, named {@code name}.
     */
    public Explanation explain(String name, INDArray input) {
        Prediction prediction = predictor.predict(name, input);
        List<INDArray> activations = network.feedForward(input, false);
        List<FeatureMaps> maps =
                stages.stream().map(stage -> stage.maps(activations)).toList();
        int height = (int) input.size(1);
        int width = (int) input.size(2);
        float[] grad =
                gradient.of(activations, prediction.predicted()).dup('c').data().asFloat();
        return new Explanation(
                prediction, picture(input), maps, Saliency.fromGradient(prediction.predicted(), height, width, grad));
    }

    /** The input (1, h, w, 3) in [0, 1] as an image with samples in [0, 255]. */
    private static RgbImage picture(INDArray input) {
        float[] values = input.dup('c').data().asFloat();
        for (int i = 0; i < values.length; i++) {
            values[i] *= 255f;
        }
        return new RgbImage((int) input.size(2), (int) input.size(1), values);
    }
}
