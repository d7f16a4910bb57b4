package org.signsnet.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.signsnet.notebook.CellResult;
import org.signsnet.notebook.JShellNotebookRunner;
import org.signsnet.notebook.NotebookFile;
import org.signsnet.notebook.NotebookRun;
import org.signsnet.notebook.OutputComparison;

/**
 * {@code signsnet notebook}: runs a notebook of {@code notebooks-port/} cell by cell through JShell,
 * compares each cell's output with the saved one and, when asked, rewrites the saved outputs
 * (atomically, and only when every cell ran).
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
        List<NotebookFile.Cell> cells = notebook.codeCells();
        List<CellResult> results = new JShellNotebookRunner(classPath).run(notebook, progress);
        List<String> differences = results.stream()
                .map(r -> OutputComparison.difference(cells.get(r.index()), r))
                .toList();
        NotebookRun run = new NotebookRun(cells.size(), results, differences, false);
        if (!update || !run.allCellsRan()) {
            return run;
        }
        notebook.withOutputs(results).write(file);
        return new NotebookRun(cells.size(), results, differences, true);
    }
}
