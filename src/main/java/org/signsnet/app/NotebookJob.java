package org.signsnet.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.signsnet.SignsnetException;
import org.signsnet.data.ProjectDirectory;
import org.signsnet.notebook.CellResult;
import org.signsnet.notebook.ExerciseEdition;
import org.signsnet.notebook.JShellNotebookRunner;
import org.signsnet.notebook.NotebookFile;
import org.signsnet.notebook.NotebookRun;
import org.signsnet.notebook.OutputComparison;

/**
 * {@code signsnet notebook}: runs a notebook of {@code notebooks-port/} cell by cell through JShell,
 * compares each cell's output with the saved one and, when asked, rewrites the saved outputs
 * (atomically, and only when every cell ran). An exercise edition ({@link ExerciseEdition}) is
 * checked against the saved outputs of its solution in {@code notebooks-port/}, every cell run
 * even after one fails, so that the learner sees each cell that is not right yet.
 */
public final class NotebookJob {
    private NotebookJob() {}

    /**
     * Runs {@code file} with the given class path.
     *
     * @param update   rewrite the saved outputs when every cell ran
     * @param progress sees each cell's result as soon as it is known
     */
    public static NotebookRun run(Path file, String classPath, boolean update, Consumer<CellResult> progress) {
        NotebookFile notebook = NotebookFile.read(file);
        Optional<String> solution = ExerciseEdition.solutionOf(notebook);
        boolean exercise = solution.isPresent();
        Path expectedFile = solution.map(
                        name -> ProjectDirectory.notebooksDirectory().resolve(name))
                .orElse(file);
        List<NotebookFile.Cell> expected =
                exercise ? solutionCells(file, notebook, expectedFile) : notebook.codeCells();
        List<CellResult> results = new JShellNotebookRunner(classPath).run(notebook, progress, !exercise);
        List<String> differences = results.stream()
                .map(r -> OutputComparison.difference(expected.get(r.index()), r))
                .toList();
        List<String> names = notebook.codeCellNames();
        NotebookRun run = new NotebookRun(names, results, differences, expectedFile, exercise, false);
        if (!update || !run.allCellsRan()) {
            return run;
        }
        notebook.withOutputs(results).write(file);
        return new NotebookRun(names, results, differences, expectedFile, exercise, true);
    }

    /** The code cells of the solution {@code solutionFile}, one for each of the exercise's. */
    private static List<NotebookFile.Cell> solutionCells(Path file, NotebookFile exercise, Path solutionFile) {
        List<NotebookFile.Cell> cells = NotebookFile.read(solutionFile).codeCells();
        if (cells.size() != exercise.codeCells().size()) {
            throw SignsnetException.data(file + " has " + exercise.codeCells().size() + " code cells but its solution "
                    + solutionFile + " has " + cells.size() + ": an exercise copy keeps the solution's code cells, one"
                    + " for one");
        }
        return cells;
    }
}
