package org.signsnet.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.signsnet.notebook.NotebookFile;
import org.signsnet.notebook.OutputComparison;

/**
 * Both notebooks of {@code notebooks-port/} executed by real Jupyter ({@code jupyter nbconvert
 * --execute}) in the {@code signsnet} kernel, installed into a temporary Jupyter directory: no cell
 * may fail, and every cell's output must match the saved one within {@link OutputComparison}'s
 * tolerances (timing lines, float noise, pictures by size). The application notebook trains its full
 * 100 epochs here.
 */
class JupyterNotebooksTest {
    /** Per notebook; the 100-epoch training takes about a minute on 2 cores, several when they are busy. */
    private static final long TIMEOUT_SECONDS = 15 * 60;

    @TempDir
    static Path root;

    private static JupyterFixture jupyter;

    @BeforeAll
    static void installTheKernel() {
        jupyter = JupyterFixture.install(root);
    }

    @ParameterizedTest(name = "{0} runs in Jupyter and reproduces its saved outputs")
    @ValueSource(strings = {"application.ipynb", "step-by-step.ipynb"})
    void notebookRunsInJupyterAndReproducesItsSavedOutputs(String name) {
        Path notebook = Path.of("notebooks-port", name);
        Path out = root.resolve("executed");
        JupyterFixture.Run run = jupyter.jupyter(
                TIMEOUT_SECONDS,
                "nbconvert",
                "--to",
                "notebook",
                "--execute",
                "--ExecutePreprocessor.kernel_name=" + KernelSpec.NAME,
                "--ExecutePreprocessor.timeout=" + TIMEOUT_SECONDS,
                "--output-dir",
                out.toString(),
                notebook.toString());
        assertThat(run.exit())
                .as("jupyter nbconvert --execute " + notebook + ":\n" + run.stderr())
                .isZero();

        List<NotebookFile.Cell> saved = NotebookFile.read(notebook).codeCells();
        List<NotebookFile.Cell> executed = NotebookFile.read(out.resolve(name)).codeCells();
        assertThat(executed).hasSameSizeAs(saved);
        for (int i = 0; i < saved.size(); i++) {
            NotebookFile.Cell cell = executed.get(i);
            assertThat(cell.savedErrors()).as("errors of code cell %d", i + 1).isEmpty();
            assertThat(OutputComparison.difference(saved.get(i), cell))
                    .as(
                            "code cell %d of %s in Jupyter (refresh the saved outputs with: scripts/signsnet notebook --update %s)",
                            i + 1, name, notebook)
                    .isEmpty();
        }
    }
}
