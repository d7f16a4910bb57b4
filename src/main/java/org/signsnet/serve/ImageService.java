package org.signsnet.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.explain.ConvolutionStages;
import org.signsnet.explain.Explainer;
import org.signsnet.explain.Explanation;
import org.signsnet.explain.Stage;
import org.signsnet.image.EncodedImage;
import org.signsnet.image.NotebookImages;
import org.signsnet.model.ModelInfo;
import org.signsnet.model.ModelStore;
import org.signsnet.model.NetworkSummary;
import org.signsnet.predict.Prediction;

/**
 * What the web API computes, on a pool of networks ({@link InferencePool}): predictions through
 * {@link org.signsnet.predict.Predictor#predict(EncodedImage, long)}, the very method
 * {@code signsnet predict} uses, and explanations through {@link Explainer}. Thread-safe.
 */
final class ImageService {
    private final InferencePool pool;
    private final ModelInfo model;
    private final List<NetworkSummary.LayerRow> architecture;
    private final List<Stage> stages;
    private final long maxPixels;

    /** Loads {@code config.workers()} copies of the model. */
    ImageService(ServeConfig config) {
        List<MultiLayerNetwork> networks = new ArrayList<>();
        for (int i = 0; i < config.workers(); i++) {
            networks.add(ModelStore.load(config.model()));
        }
        MultiLayerNetwork first = networks.get(0);
        this.model = ModelInfo.of(config.model(), first);
        this.architecture = NetworkSummary.of(first);
        this.stages = ConvolutionStages.of(first);
        this.pool = new InferencePool(networks, model.classNames());
        this.maxPixels = config.maxPixels();
    }

    ModelInfo model() {
        return model;
    }

    List<NetworkSummary.LayerRow> architecture() {
        return architecture;
    }

    List<Stage> stages() {
        return stages;
    }

    /** The prediction for {@code image}: the same numbers as {@code signsnet predict} for the same file. */
    Prediction predict(EncodedImage image) throws InterruptedException {
        return pool.with(explainer -> explainer.predictor().predict(image, maxPixels));
    }

    /** The explanation of {@code image}, then {@code render} applied to it while the worker is held. */
    <T> T explain(EncodedImage image, Function<Explanation, T> render) throws InterruptedException {
        return pool.with(
                explainer -> render.apply(explainer.explain(image.name(), NotebookImages.load(image, maxPixels))));
    }
}
