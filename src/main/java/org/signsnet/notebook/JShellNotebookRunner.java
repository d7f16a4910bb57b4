package org.signsnet.notebook;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a notebook's code cells in order in one {@link NotebookSession}, as a Jupyter kernel would,
 * and captures what each cell prints and displays.
 *
 * <p>While a cell runs, {@link System#out} is redirected into the cell's output and
 * {@link NotebookDisplay#display} into its display outputs, in the order they happen;
 * {@link System#err} is left alone (log messages are not part of a notebook's saved output).
 * Running stops at the first cell that fails, as "Run All" in Jupyter does, unless asked to run
 * every cell. Kernel magics are
 * skipped (see {@link NotebookSession}), so a notebook may carry the cell that sets up the class path
 * in IJava or JJava.
 */
public final class JShellNotebookRunner {
    private final String classPath;

    /** @param classPath the class path for the cells, e.g. {@code System.getProperty("java.class.path")} */
    public JShellNotebookRunner(String classPath) {
        this.classPath = classPath;
    }

    /** Runs the code cells of {@code notebook} up to the first that fails, as Jupyter's "Run All". */
    public List<CellResult> run(NotebookFile notebook, Consumer<CellResult> progress) {
        return run(notebook, progress, true);
    }

    /**
     * Runs the code cells of {@code notebook} in order; {@code progress} sees each result as it
     * comes. With {@code stopAtFailure} the run ends at the first cell that fails; without it every
     * cell runs, so that a check can report each cell.
     */
    public List<CellResult> run(NotebookFile notebook, Consumer<CellResult> progress, boolean stopAtFailure) {
        List<CellResult> results = new ArrayList<>();
        try (NotebookSession session = new NotebookSession(classPath)) {
            List<NotebookFile.Cell> cells = notebook.codeCells();
            for (int i = 0; i < cells.size(); i++) {
                CellResult result = runCell(session, i, cells.get(i).source());
                results.add(result);
                progress.accept(result);
                if (result.failed() && stopAtFailure) {
                    break;
                }
            }
        }
        return results;
    }

    private static CellResult runCell(NotebookSession session, int index, String source) {
        Capture capture = new Capture();
        PrintStream original = System.out;
        System.setOut(capture.stream);
        String value = "";
        String error = "";
        NotebookDisplay.Route route = NotebookDisplay.routeTo(capture::display);
        try {
            value = session.run(source, "cell " + (index + 1));
        } catch (CellFailure failure) {
            error = failure.summary();
        } finally {
            route.close();
            System.setOut(original);
        }
        return new CellResult(index, capture.outputs(), value, error);
    }

    /** The outputs of one cell: printed text cut into pieces wherever a display came in between. */
    private static final class Capture {
        private final ByteArrayOutputStream text = new ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8);
        private final List<CellOutput> outputs = new ArrayList<>();

        synchronized void display(DisplayOutput data) {
            flushText();
            outputs.add(new CellOutput.Display(data));
        }

        synchronized List<CellOutput> outputs() {
            flushText();
            return List.copyOf(outputs);
        }

        private void flushText() {
            stream.flush();
            if (text.size() > 0) {
                outputs.add(new CellOutput.Stream(text.toString(StandardCharsets.UTF_8)));
                text.reset();
            }
        }
    }
}
