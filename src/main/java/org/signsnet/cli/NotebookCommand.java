package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.signsnet.app.NotebookJob;
import org.signsnet.notebook.CellOutput;
import org.signsnet.notebook.CellResult;
import org.signsnet.notebook.DisplayOutput;
import org.signsnet.notebook.NotebookRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code signsnet notebook}: runs a Java notebook without Jupyter. */
@Command(
        name = "notebook",
        mixinStandardHelpOptions = true,
        description = {
            "Run the code cells of a Java notebook (notebooks-port/*.ipynb) in order through JShell,"
                    + " printing each cell's output and checking it against the output saved in the notebook.",
            "Exit status: 0 when every cell ran (and, without --update, matched its saved output), 1 otherwise."
        })
public final class NotebookCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private VerboseOption verbose;

    @Option(names = "--update", description = "Rewrite the saved outputs with this run's (only if every cell ran).")
    private boolean update;

    @Parameters(paramLabel = "FILE", description = "The .ipynb notebook.")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NotebookRun run = NotebookJob.run(file, System.getProperty("java.class.path"), update, r -> print(out, r));
        for (int i = 0; i < run.differences().size(); i++) {
            if (!run.differences().get(i).isEmpty() && !run.results().get(i).failed()) {
                out.printf(
                        "cell %d differs from its saved output: %s%n",
                        i + 1, run.differences().get(i));
            }
        }
        out.println(summary(run));
        out.flush();
        return run.allCellsRan() && (update || run.matchesSavedOutputs()) ? 0 : 1;
    }

    /** The cell's printed text with its displays as their text stand-ins ({@code <image 800x560>}), then its value. */
    private static void print(PrintWriter out, CellResult result) {
        out.printf("---- cell %d ----%n", result.index() + 1);
        StringBuilder shown = new StringBuilder();
        for (CellOutput output : result.outputs()) {
            if (output instanceof CellOutput.Stream text) {
                shown.append(text.text());
            } else if (output instanceof CellOutput.Display display) {
                shown.append(display.data().data().getOrDefault(DisplayOutput.TEXT, "<display>"))
                        .append('\n');
            }
        }
        shown.append(result.value());
        out.print(shown);
        if (shown.length() > 0 && shown.charAt(shown.length() - 1) != '\n') {
            out.println();
        }
        if (result.failed()) {
            out.println("ERROR: " + result.error());
        }
        out.flush();
    }

    private String summary(NotebookRun run) {
        if (!run.allCellsRan()) {
            return "stopped: cell " + run.results().size() + " of " + run.codeCells() + " failed";
        }
        long differing = run.differences().stream().filter(d -> !d.isEmpty()).count();
        return run.codeCells() + " cells ran; "
                + (run.updated()
                        ? "saved outputs updated in " + file
                        : differing == 0
                                ? "all outputs match the saved ones"
                                : differing + " differ from the saved outputs");
    }
}
