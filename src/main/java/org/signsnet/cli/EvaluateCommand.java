package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signsnet.SignsnetException;
import org.signsnet.app.EvaluationResult;
import org.signsnet.app.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signsnet evaluate}: accuracy, per-class precision/recall/F1 and confusion matrices. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Evaluate a trained model on the SIGNS train and test sets, or on a folder of photos"
                + " (--images): accuracy, per-class precision, recall, F1 and the confusion matrix.")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private ModelOption model;

    @Option(names = "--json", description = "Print the metrics as one JSON object.")
    private boolean json;

    @Option(
            names = "--images",
            paramLabel = "DIR",
            description = {
                "Evaluate on a folder of photos instead of SIGNS: one subfolder per class, named by its label"
                        + " (the model's labels; for a SIGNS model 0 to 5), or DIR/train/ and DIR/test/ with such"
                        + " subfolders. Without train/ and test/ every photo is evaluated, as one set 'all'."
            })
    private Path images;

    @Override
    public Integer call() {
        if (images != null && data.given() != null) {
            throw SignsnetException.usage("give --data (SIGNS files) or --images (a photo folder), not both");
        }
        PrintWriter err = spec.commandLine().getErr();
        EvaluationResult result = images == null
                ? Evaluator.evaluate(model.file(), data.resolve())
                : Evaluator.evaluateImages(model.file(), images, Warnings.forFolder(err));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? EvaluationTable.json(result) : EvaluationTable.text(result));
        out.flush();
        return 0;
    }
}
