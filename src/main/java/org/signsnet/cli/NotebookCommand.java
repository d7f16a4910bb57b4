package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.signsnet.app.ExercisesJob;
import org.signsnet.app.NotebookJob;
import org.signsnet.notebook.CellOutput;
import org.signsnet.notebook.CellResult;
import org.signsnet.notebook.DisplayOutput;
import org.signsnet.notebook.NotebookRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code signsnet notebook}: runs a Java notebook without Jupyter, or writes its exercise edition. */
@Command(
        name = "notebook",
        mixinStandardHelpOptions = true,
        description = {
            "Run the code cells of a Java notebook (notebooks-port/*.ipynb) in order through JShell,"
                    + " printing each cell's output and checking it against the output saved in the notebook."
                    + " An exercise copy (--exercises) is checked against its solution's saved outputs,"
                    + " every cell run.",
            "Exit status: 0 when every cell ran (and, without --update, matched its saved output), 1 otherwise."
        })
public final class NotebookCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private VerboseOption verbose;

    @Option(names = "--update", description = "Rewrite the saved outputs with this run's (only if every cell ran).")
    private boolean update;

    @Option(
            names = "--exercises",
            paramLabel = "DIR",
            description = "Write the exercise edition of the notebooks (FILE..., by default both of notebooks-port/)"
                    + " into DIR: the lines between // START CODE HERE and // END CODE HERE removed. Never"
                    + " overwrites a file.")
    private Path exercises;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "The .ipynb notebook to run; with --exercises, the notebooks to write exercises of.")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (exercises != null) {
            return writeExercises(out);
        }
        if (files.size() != 1) {
            throw new ParameterException(
                    spec.commandLine(), "name one notebook FILE to run (or write exercises with --exercises DIR)");
        }
        Path file = files.get(0);
        NotebookRun run = NotebookJob.run(file, System.getProperty("java.class.path"), update, r -> print(out, r));
        for (int i : run.problemCells()) {
            if (!run.results().get(i).failed()) {
                out.printf(
                        "%s differs from %s: %s%n",
                        run.cellNames().get(i),
                        run.exercise() ? "the solution's output" : "its saved output",
                        run.differences().get(i));
            }
        }
        out.println(summary(run, file));
        out.flush();
        return run.allCellsRan() && (update || run.matchesSavedOutputs()) ? 0 : 1;
    }

    private int writeExercises(PrintWriter out) {
        if (update) {
            throw new ParameterException(spec.commandLine(), "--update does not go with --exercises");
        }
        List<Path> written = ExercisesJob.write(exercises, files.isEmpty() ? ExercisesJob.defaultNotebooks() : files);
        for (Path file : written) {
            out.println("wrote " + DisplayPaths.of(file));
        }
        out.println("Fill in the code between // START CODE HERE and // END CODE HERE, then check a copy with:"
                + " scripts/signsnet notebook " + DisplayPaths.of(written.get(0)));
        out.flush();
        return 0;
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

    private static String summary(NotebookRun run, Path file) {
        if (run.exercise()) {
            int problems = run.problemCells().size();
            return problems == 0
                    ? run.codeCells() + " cells ran; all outputs match the solution's ("
                            + DisplayPaths.of(run.expected()) + ")"
                    : problems + " of " + run.codeCells() + " cells fail or differ from the solution's outputs ("
                            + DisplayPaths.of(run.expected()) + "); the first is "
                            + run.firstProblem().orElseThrow();
        }
        if (!run.allCellsRan()) {
            int ran = run.results().size();
            return "stopped: " + run.cellNames().get(ran - 1) + " failed; " + ran + " of " + run.codeCells()
                    + " cells ran";
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
