package org.signsnet.notebook;

import java.util.Optional;

/**
 * The exercise edition of a notebook: every code cell with its marked lines removed
 * ({@link ExerciseMarkers#blank}), no saved outputs, a first cell that says what to do, and the
 * name of its solution in the metadata ({@code metadata.signsnet.exercise_of}), so that
 * {@code signsnet notebook} checks a learner's copy against the solution's saved outputs rather
 * than against whatever the copy last saved.
 */
public final class ExerciseEdition {
    /** The notebook metadata section signsnet writes. */
    public static final String METADATA_SECTION = "signsnet";
    /** Its field naming the solution notebook, a file of {@code notebooks-port/}. */
    public static final String SOLUTION_FIELD = "exercise_of";

    private ExerciseEdition() {}

    /**
     * The exercise edition of {@code solution}, whose file name is {@code solutionName}.
     *
     * @throws IllegalArgumentException when a cell's markers do not pair up, naming the cell
     */
    public static NotebookFile of(NotebookFile solution, String solutionName) {
        for (NotebookFile.Cell cell : solution.codeCells()) {
            try {
                ExerciseMarkers.blocks(cell.source());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        solutionName + ", cell " + (cell.index() + 1) + ": " + e.getMessage(), e);
            }
        }
        return solution.withCodeSources(ExerciseMarkers::blank)
                .withMarkdownFirst(introduction(solutionName))
                .withMetadata(METADATA_SECTION, SOLUTION_FIELD, solutionName);
    }

    /** The solution's file name when {@code notebook} is an exercise edition. */
    public static Optional<String> solutionOf(NotebookFile notebook) {
        return notebook.metadata(METADATA_SECTION, SOLUTION_FIELD);
    }

    private static String introduction(String solutionName) {
        return "*Exercise edition of `" + solutionName + "`. In each graded function, write your code between"
                + " `// START CODE HERE` and `// END CODE HERE`, in place of the lines that only keep the cell"
                + " compiling (`= null;`, `= 0;`); the comments there say what to write. Run the cells here, and"
                + " check all of them with `scripts/signsnet notebook` and this file: it compares each cell's"
                + " output with the outputs saved in `notebooks-port/" + solutionName + "` and names the first"
                + " cell that differs.*";
    }
}
