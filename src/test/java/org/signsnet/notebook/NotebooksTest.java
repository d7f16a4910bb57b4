package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.signsnet.data.DataDirectoryResolver;
import org.signsnet.data.RealSignsData;
import org.signsnet.jupyter.KernelSpec;
import org.signsnet.report.Imshow;
import org.signsnet.testing.ChildJvm;
import org.signsnet.testing.TestClassPath;

/**
 * Executes every code cell of each notebook in {@code notebooks-port/} through JShell, in order,
 * and checks that no cell fails and that each cell's output equals its saved output (within the
 * tolerances of {@link OutputComparison}, pictures by size), including the full 100-epoch
 * {@code model()} run; and that the saved notebooks show the originals' pictures inline. It runs
 * {@code signsnet notebook FILE} in a fresh JVM,
 * exactly as a user would: the numbers of a training cell depend on the native backend
 * {@code org.signsnet.Main} selects, which a JVM shared with other tests may have loaded otherwise.
 * The notebooks read the SIGNS files that ship in {@code data/signs/} ({@link RealSignsData}).
 */
class NotebooksTest {
    /** The JVM options {@code scripts/signsnet} runs with: the fast kernels use the Vector API. */
    private static final List<String> LAUNCHER_OPTIONS = List.of("-Xmx2g", "--add-modules", "jdk.incubator.vector");

    @ParameterizedTest(name = "{0} runs cleanly and reproduces its saved outputs")
    @ValueSource(strings = {"application.ipynb", "step-by-step.ipynb"})
    void notebookRunsCleanlyAndReproducesItsSavedOutputs(String name, @TempDir Path logs) {
        Path file = Path.of("notebooks-port", name);
        assertThat(file).isRegularFile();
        ChildJvm run = ChildJvm.start(
                logs,
                name,
                LAUNCHER_OPTIONS,
                TestClassPath.get(),
                Map.of(
                        DataDirectoryResolver.ENV_VARIABLE,
                        RealSignsData.directory().toString()),
                "notebook",
                file.toString());
        int exit = run.waitFor(10 * 60); // kills the child and fails when a cell hangs
        String output = run.stdout() + run.stderr();
        assertThat(exit)
                .as(file + " (refresh with: scripts/signsnet notebook --update " + file + ")\n" + output)
                .isZero();
        assertThat(output).contains("all outputs match the saved ones");
    }

    @ParameterizedTest(name = "{0} shows its picture inline in the cell that runs {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "application.ipynb|int index = 15;|" + Imshow.PANEL + "|" + Imshow.PANEL,
                "application.ipynb|= model(X_train|" + NotebookDisplay.CHART_WIDTH + "|" + NotebookDisplay.CHART_HEIGHT,
                "step-by-step.ipynb|INDArray x_pad = zeroPad(x, 2);|" + 2 * Imshow.PANEL + "|" + Imshow.PANEL
            })
    void savedNotebookShowsThePicturesOfTheOriginalInline(String name, String code, int width, int height) {
        NotebookFile notebook = NotebookFile.read(Path.of("notebooks-port", name));
        assertThat(notebook.kernelName()).isEqualTo(KernelSpec.NAME);
        NotebookFile.Cell cell = notebook.codeCells().stream()
                .filter(c -> c.source().contains(code))
                .findFirst()
                .orElseThrow();
        assertThat(cell.savedDisplays())
                .singleElement()
                .satisfies(display -> assertThat(display.decodedImage())
                        .hasValueSatisfying(image -> assertThat(new int[] {image.getWidth(), image.getHeight()})
                                .containsExactly(width, height)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application.ipynb", "step-by-step.ipynb"})
    void savedNotebookHoldsNoErrorOutput(String name) {
        for (NotebookFile.Cell cell :
                NotebookFile.read(Path.of("notebooks-port", name)).codeCells()) {
            assertThat(cell.savedErrors()).as(cell.source()).isEmpty();
        }
    }
}
