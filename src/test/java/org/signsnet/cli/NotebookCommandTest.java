package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.notebook.ExerciseEdition;
import org.signsnet.notebook.NotebookFile;
import org.signsnet.testing.CliRun;

class NotebookCommandTest {
    @TempDir
    Path dir;

    @Test
    void exercisesWritesBothNotebooksAndNeverOverwritesACopy() {
        CliRun first = CliRun.of("notebook", "--exercises", dir.toString());
        assertThat(first.code()).as(first.toString()).isZero();
        for (String name : new String[] {"step-by-step.ipynb", "application.ipynb"}) {
            assertThat(first.out()).contains("wrote " + dir.resolve(name));
            assertThat(ExerciseEdition.solutionOf(NotebookFile.read(dir.resolve(name))))
                    .contains(name);
        }

        CliRun again = CliRun.of("notebook", "--exercises", dir.toString());
        assertThat(again.code()).isEqualTo(5);
        assertThat(again.oneLineErrorProblem()).isNull();
        assertThat(again.err()).contains(dir.resolve("step-by-step.ipynb") + " exists");
    }

    @Test
    void withoutAFileOrExercisesItIsAUsageError() {
        CliRun run = CliRun.of("notebook");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("name one notebook FILE");
    }

    @Test
    void anExerciseCopyIsNotMadeOfAnotherExerciseCopy() {
        assertThat(CliRun.of("notebook", "--exercises", dir.toString()).code()).isZero();
        CliRun run = CliRun.of(
                "notebook",
                "--exercises",
                dir.resolve("again").toString(),
                dir.resolve("application.ipynb").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("already an exercise edition");
    }
}
