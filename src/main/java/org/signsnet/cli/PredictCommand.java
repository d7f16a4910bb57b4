package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.signsnet.predict.Prediction;
import org.signsnet.predict.Predictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code signsnet predict}: the notebook's "test with your own image" for any photos. */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        description = {
            "Predict the sign (0-5 fingers, or the labels of the photo folder the model was trained on) shown in"
                    + " photos of any size with a trained model.",
            "Reads JPEG (also CMYK and progressive), PNG, WebP, TIFF, BMP and GIF. Each image is turned upright",
            "(EXIF), resized to 64x64, scaled by 1/255 as in training. Errors: a missing or unreadable file exits",
            "with 5 (IO); a file that is not an image, a truncated or damaged one, or HEIC (with how to convert it)",
            "with 3 (DATA)."
        })
public final class PredictCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private ModelOption model;

    @Option(
            names = "--json",
            description =
                    "Print a JSON array: [{\"image\", \"predicted\", \"label\", \"probabilities\", \"classes\"}, ...].")
    private boolean json;

    @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Photos.")
    private List<Path> images;

    @Override
    public Integer call() {
        List<Prediction> predictions = Predictor.load(model.file()).predict(images);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? PredictionTable.json(predictions) : PredictionTable.text(predictions));
        out.flush();
        return 0;
    }
}
