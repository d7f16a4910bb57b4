package org.signsnet.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.data.ClassNames;
import org.signsnet.image.EncodedImage;
import org.signsnet.image.ImageLoader;
import org.signsnet.image.NotebookImages;
import org.signsnet.model.ModelStore;
import org.signsnet.model.NotebookNetworks;

/**
 * {@code signsnet predict}: the application notebook's "test with your own image" cell for any
 * number of image files: each is read (EXIF-upright, see {@link ImageLoader}), resized to 64 x 64,
 * scaled by 1/255 as the training images, and run through the trained network. {@code signsnet
 * serve} answers {@code /api/predict} with the same steps ({@link NotebookImages#load(EncodedImage, long)},
 * then {@link #predict(String, INDArray)}), so both give the same numbers for the same file.
 *
 * <p>Not thread-safe: a DL4J network runs one forward pass at a time.
 */
public final class Predictor {
    private final MultiLayerNetwork network;
    private final ClassNames classNames;

    /** A predictor whose classes are named {@code classNames}, in the order of the network's outputs. */
    public Predictor(MultiLayerNetwork network, ClassNames classNames) {
        this.network = network;
        this.classNames = classNames;
    }

    /** A predictor of SIGNS' numbered classes, {@code "0"} to {@code "5"}. */
    public Predictor(MultiLayerNetwork network) {
        this(network, ClassNames.numbered(NotebookNetworks.classes(network)));
    }

    /** A predictor for the model saved at {@code modelFile} by {@code signsnet train}, with its class names. */
    public static Predictor load(Path modelFile) {
        MultiLayerNetwork network = ModelStore.load(modelFile);
        return new Predictor(network, ModelStore.classNames(modelFile, network));
    }

    /** Predictions for {@code images}, in order; the first bad file fails the call, naming it. */
    public List<Prediction> predict(List<Path> images) {
        List<Prediction> predictions = new ArrayList<>(images.size());
        for (Path image : images) {
            predictions.add(predict(image));
        }
        return predictions;
    }

    /** The prediction for one image file. */
    public Prediction predict(Path image) {
        return predict(EncodedImage.read(image), ImageLoader.ANY_SIZE);
    }

    /** The prediction for an encoded image; refused when it has more than {@code maxPixels} pixels. */
    public Prediction predict(EncodedImage image, long maxPixels) {
        return predict(image.name(), NotebookImages.load(image, maxPixels));
    }

    /** The prediction for an already prepared input, float32 (1, 64, 64, 3) in [0, 1]. */
    public Prediction predict(String name, INDArray input) {
        double[] probabilities = network.output(input, false).toDoubleVector();
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return new Prediction(name, best, probabilities, classNames);
    }
}
