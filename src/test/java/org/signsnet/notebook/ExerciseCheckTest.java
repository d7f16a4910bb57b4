package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.app.ExercisesJob;
import org.signsnet.app.NotebookJob;
import org.signsnet.testing.TestClassPath;

/**
 * A learner's copy of an exercise edition is checked against the solution's saved outputs, cell by
 * cell: every cell of an empty copy still compiles and runs, each example of a blank function fails
 * or differs, and the first is named; the examples of the functions filled in with the solution's
 * lines pass. A copy filled in completely is the solution's text ({@code NotebookExercisesTest}),
 * whose run {@code NotebooksTest} checks: running it again here would add half a minute (the
 * step-by-step loops) or a 100-epoch training (the application).
 */
class ExerciseCheckTest {
    @TempDir
    Path dir;

    private Path exercise(String name) {
        return ExercisesJob.write(dir, List.of(Path.of("notebooks-port", name))).get(0);
    }

    private static NotebookRun check(Path copy) {
        return NotebookJob.run(copy, TestClassPath.get(), false, result -> {});
    }

    @Test
    void aStepByStepCopyPassesTheCellsOfTheFunctionsFilledInAndNamesTheFirstBlankOneThatFails() {
        Path copy = exercise("step-by-step.ipynb");
        NotebookFile solution = NotebookFile.read(Path.of("notebooks-port", "step-by-step.ipynb"));
        List<String> filledIn =
                List.of("double convSingleStep(", "INDArray createMaskFromWindow(", "INDArray distributeValue(");
        Iterator<NotebookFile.Cell> solutionCells = solution.codeCells().iterator();
        NotebookFile.read(copy)
                .withCodeSources(source -> {
                    String full = solutionCells.next().source();
                    return filledIn.stream().anyMatch(full::contains) ? ExerciseFill.fill(source, full) : source;
                })
                .write(copy);

        NotebookRun run = check(copy);

        assertThat(run.exercise()).isTrue();
        assertThat(run.expected()).endsWith(Path.of("notebooks-port", "step-by-step.ipynb"));
        assertThat(run.results()).hasSize(run.codeCells());
        List<NotebookFile.Cell> cells = NotebookFile.read(copy).codeCells();
        for (int i = 0; i < cells.size(); i++) {
            if (!ExerciseMarkers.blocks(cells.get(i).source()).isEmpty()) {
                assertThat(run.results().get(i).error())
                        .as(run.cellNames().get(i) + " compiles")
                        .isEmpty();
            }
        }
        // the examples of the functions filled in pass, those of the blank ones do not
        assertThat(run.problemCells()).doesNotContain(4, 12, 14).contains(2, 6, 8, 10, 16);
        assertThat(run.matchesSavedOutputs()).isFalse();
        assertThat(run.firstProblem())
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("cell 3 (in \"Zero-Padding\") failed: ")
                        .contains("x_pad"));
    }

    @Test
    void anEmptyApplicationCopyCompilesAndNamesTheFirstCellThatFails() {
        NotebookRun run = check(exercise("application.ipynb"));

        assertThat(run.results()).hasSize(run.codeCells());
        assertThat(run.results().subList(0, 5)).extracting(CellResult::error).containsOnly("");
        assertThat(run.firstProblem())
                .hasValueSatisfying(
                        problem -> assertThat(problem).startsWith("cell 6 (in \"Create placeholders\") differs: "));
        assertThat(run.problemCells()).contains(5, 7, 9, 11, 13, 14);
    }
}
