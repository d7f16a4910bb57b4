package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.signsnet.data.DataDirectoryResolver;
import org.signsnet.data.RealSignsData;
import org.signsnet.testing.ChildJvm;

/**
 * Executes every code cell of each notebook in {@code notebooks-port/} through JShell, in order,
 * and checks that no cell fails and that each cell's output equals its saved output (within the
 * tolerances of {@link OutputComparison}). It runs {@code signsnet notebook FILE} in a fresh JVM,
 * exactly as a user would: the numbers of a training cell depend on the native backend
 * {@code org.signsnet.Main} selects, which a JVM shared with other tests may have loaded otherwise.
 * The notebooks read the SIGNS files that ship in {@code data/signs/} ({@link RealSignsData}).
 */
class NotebooksTest {
    @ParameterizedTest(name = "{0} runs cleanly and reproduces its saved outputs")
    @ValueSource(strings = {"application.ipynb", "step-by-step.ipynb"})
    void notebookRunsCleanlyAndReproducesItsSavedOutputs(String name, @TempDir Path logs) {
        Path file = Path.of("notebooks-port", name);
        assertThat(file).isRegularFile();
        ChildJvm run = ChildJvm.start(logs, name, List.of("-Xmx2g"), TestClassPath.get(),
                Map.of(DataDirectoryResolver.ENV_VARIABLE, RealSignsData.directory().toString()),
                "notebook", file.toString());
        int exit = run.waitFor(10 * 60); // kills the child and fails when a cell hangs
        String output = run.stdout() + run.stderr();
        assertThat(exit).as(file + " (refresh with: scripts/signsnet notebook --update " + file
                + ")\n" + output).isZero();
        assertThat(output).contains("all outputs match the saved ones");
    }
}
