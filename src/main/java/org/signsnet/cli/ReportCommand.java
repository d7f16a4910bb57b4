package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.signsnet.app.ReportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signsnet report}: the PNG and HTML reports of a saved model. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write the reports of a saved model: confusion.png, filters.png, samples.png and report.html.",
            "cost.png and accuracy.png too when the model's directory holds the run's metrics.json."
        })
public final class ReportCommand implements Callable<Integer> {
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

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "reports",
            description =
                    "Directory for the reports, created if needed (default: ${DEFAULT-VALUE}, where train writes).")
    private Path out;

    @Override
    public Integer call() {
        ReportJob.Result result = ReportJob.run(model.file(), data.resolve(), out);
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path file : result.files()) {
            stdout.println("wrote " + file);
        }
        if (result.metrics() == null) {
            stdout.println("(no metrics.json beside " + model.file() + ": no cost/accuracy charts)");
        }
        stdout.printf(Locale.ROOT, "%d files in %.1f s%n", result.files().size(), result.seconds());
        stdout.flush();
        return 0;
    }
}
