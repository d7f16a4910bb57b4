package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notebooks as a learner reads them: every graded function marks its exercise lines, as the
 * course's {@code ### START CODE HERE ###} does, the exercise edition blanks exactly those lines,
 * no code line is wider than {@value #MAX_LINE} characters, and the markdown talks to the learner,
 * not about the project's tests.
 */
class NotebookExercisesTest {
    static final int MAX_LINE = 100;

    /** For each notebook, the functions the course marks and how many marked blocks each has. */
    private static final Map<String, Map<String, Integer>> MARKED = Map.of(
            "step-by-step.ipynb",
            Map.of(
                    "INDArray zeroPad(", 1,
                    "double convSingleStep(", 1,
                    "ConvForwardResult convForward(", 1,
                    "PoolForwardResult poolForward(", 1,
                    "ConvGradients convBackward(", 1,
                    "INDArray createMaskFromWindow(", 1,
                    "INDArray distributeValue(", 1,
                    "INDArray poolBackward(", 1),
            "application.ipynb",
            Map.of(
                    "Placeholders createPlaceholders(", 1,
                    "Map<String, INDArray> initializeParameters(", 1,
                    "MultiLayerConfiguration forwardPropagation(", 1,
                    "double computeCost(", 1,
                    "ModelResult model(", 5));

    private static NotebookFile notebook(String name) {
        return NotebookFile.read(Path.of("notebooks-port", name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"step-by-step.ipynb", "application.ipynb"})
    void everyFunctionTheCourseMarksHasItsMarkersAndNoOtherCellHasAny(String name) {
        Map<String, Integer> marked = MARKED.get(name);
        int found = 0;
        for (NotebookFile.Cell cell : notebook(name).codeCells()) {
            List<ExerciseMarkers.Block> blocks = ExerciseMarkers.blocks(cell.source());
            List<String> functions =
                    marked.keySet().stream().filter(cell.source()::contains).toList();
            assertThat(functions).as(cell.source()).hasSizeLessThanOrEqualTo(1);
            assertThat(blocks).as(cell.source()).hasSize(functions.isEmpty() ? 0 : marked.get(functions.get(0)));
            found += functions.size();
        }
        assertThat(found).isEqualTo(marked.size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"step-by-step.ipynb", "application.ipynb"})
    void noCodeLineOfTheNotebookOrItsExerciseEditionIsWiderThan100Characters(String name) {
        NotebookFile solution = notebook(name);
        for (NotebookFile file : List.of(solution, ExerciseEdition.of(solution, name))) {
            for (NotebookFile.Cell cell : file.codeCells()) {
                assertThat(cell.source().lines())
                        .as(name + ", cell " + (cell.index() + 1))
                        .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(MAX_LINE));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"step-by-step.ipynb", "application.ipynb"})
    void theExerciseEditionDiffersOnlyInsideTheMarkersAndFilledInIsTheSolution(String name) {
        NotebookFile solution = notebook(name);
        NotebookFile exercise = ExerciseEdition.of(solution, name);
        assertThat(ExerciseEdition.solutionOf(exercise)).contains(name);
        assertThat(exercise.codeCells())
                .allSatisfy(cell -> assertThat(cell.savedOutput()).isEmpty());
        List<NotebookFile.Cell> solutionCells = solution.codeCells();
        List<NotebookFile.Cell> exerciseCells = exercise.codeCells();
        assertThat(exerciseCells).hasSameSizeAs(solutionCells);
        for (int i = 0; i < solutionCells.size(); i++) {
            String original = solutionCells.get(i).source();
            String blanked = exerciseCells.get(i).source();
            assertThat(ExerciseFill.fill(blanked, original)).isEqualTo(original);
            if (ExerciseMarkers.blocks(original).isEmpty()) {
                assertThat(blanked).isEqualTo(original);
            } else {
                assertThat(blanked).isNotEqualTo(original);
            }
        }
        assertThat(ExerciseFill.filled(exercise, solution).codeCells())
                .extracting(NotebookFile.Cell::source)
                .isEqualTo(solutionCells.stream().map(NotebookFile.Cell::source).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"step-by-step.ipynb", "application.ipynb"})
    void theMarkdownNamesNoTestClassAndNoFixture(String name) {
        Pattern maintainerTalk = Pattern.compile("\\b[A-Z]\\w*Tests?\\b|fixtures/|\\bMiniBatchArrays\\b");
        for (NotebookFile.Cell cell : notebook(name).cells()) {
            if (!cell.isCode()) {
                assertThat(maintainerTalk.matcher(cell.source()).results().map(m -> m.group()))
                        .as(name + ", cell " + (cell.index() + 1))
                        .isEmpty();
            }
        }
    }
}
