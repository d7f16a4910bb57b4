package org.signsnet.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.explain.Explainer;
import org.signsnet.explain.Explanation;
import org.signsnet.image.EncodedImage;
import org.signsnet.image.ImageLoader;
import org.signsnet.image.NotebookImages;
import org.signsnet.io.FileNames;
import org.signsnet.io.OutputLock;
import org.signsnet.model.ModelInfo;
import org.signsnet.model.ModelStore;
import org.signsnet.report.ExplanationWriter;

/**
 * {@code signsnet explain}: for each image, the picture the network receives, its feature maps, the
 * saliency of the predicted class and the top-3 classes, as PNGs and numbers in an output
 * directory ({@link ExplanationWriter}). Every image is read before anything is written, so a bad
 * file fails the run, naming it, with no output.
 */
public final class ExplainJob {
    private ExplainJob() {}

    /**
     * What an explain run made.
     *
     * @param model        the model explained
     * @param explanations one per image, in order
     * @param files        the files written, image by image
     */
    public record Result(ModelInfo model, List<Explanation> explanations, List<Path> files) {
        public Result {
            explanations = List.copyOf(explanations);
            files = List.copyOf(files);
        }
    }

    /** Explains {@code images} with the model in {@code modelFile}, writing into {@code outDir}. */
    public static Result run(Path modelFile, List<Path> images, Path outDir) {
        MultiLayerNetwork network = ModelStore.load(modelFile);
        ModelInfo model = ModelInfo.of(modelFile, network);
        List<INDArray> inputs = new ArrayList<>();
        for (Path image : images) {
            inputs.add(NotebookImages.load(EncodedImage.read(image), ImageLoader.ANY_SIZE));
        }
        Explainer explainer = new Explainer(network, model.classNames());
        FileNames.Unique stems = new FileNames.Unique();
        List<Explanation> explanations = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (OutputLock lock = OutputLock.acquire(outDir)) {
            for (int i = 0; i < images.size(); i++) {
                Explanation explanation = explainer.explain(images.get(i).toString(), inputs.get(i));
                explanations.add(explanation);
                files.addAll(ExplanationWriter.write(
                        explanation, model.label(), outDir, stems.next(FileNames.stem(images.get(i)))));
            }
        }
        return new Result(model, explanations, files);
    }
}
