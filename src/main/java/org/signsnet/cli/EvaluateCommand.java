package org.signsnet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
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
        description = "Evaluate a trained model on the SIGNS train and test sets: accuracy, per-class precision,"
                + " recall, F1 and the confusion matrix.")
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

    @Override
    public Integer call() {
        EvaluationResult result = Evaluator.evaluate(model.file(), data.resolve());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? EvaluationTable.json(result) : EvaluationTable.text(result));
        out.flush();
        return 0;
    }
}
