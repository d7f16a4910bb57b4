package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.signsnet.app.ExplainJob;
import org.signsnet.explain.Explanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code signsnet explain}: what the network sees in each photo, as PNGs. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Show what the network sees in each photo, as PNGs.",
            "The 64x64 input, every convolution block's feature maps after ReLU and after pooling, the saliency of",
            "the predicted class (the gradient of its logit with respect to the input pixels) and the top-3",
            "probabilities, plus the numbers in JSON.",
            "Writes explain-NAME.png (everything on one sheet), explain-NAME-{input,saliency,top3,STAGE}.png and",
            "explain-NAME.json per image. Reads JPEG (also CMYK, progressive), PNG, WebP, TIFF, BMP and GIF."
        })
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private ModelOption model;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "reports/explain",
            description = "Directory for the pictures, created if needed (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Photos to explain.")
    private List<Path> images;

    @Override
    public Integer call() {
        ExplainJob.Result result = ExplainJob.run(model.file(), images, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("model " + result.model().label());
        for (int i = 0; i < result.explanations().size(); i++) {
            Explanation e = result.explanations().get(i);
            int predicted = e.prediction().predicted();
            stdout.printf(
                    Locale.ROOT,
                    "%s: predicted %s (%.1f%%)%n",
                    e.image(),
                    e.prediction().label(),
                    100 * e.prediction().probability(predicted));
        }
        for (Path file : result.files()) {
            stdout.println("wrote " + file);
        }
        stdout.flush();
        return 0;
    }
}
