package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;

/** Puts a solution's marked lines back into an exercise. */
final class ExerciseFill {
    private ExerciseFill() {}

    /** {@code exercise} with each marked block's lines replaced by those of the same block of {@code solution}. */
    static String fill(String exercise, String solution) {
        List<String> blank = exercise.lines().toList();
        List<String> full = solution.lines().toList();
        List<ExerciseMarkers.Block> blankBlocks = ExerciseMarkers.blocks(exercise);
        List<ExerciseMarkers.Block> fullBlocks = ExerciseMarkers.blocks(solution);
        assertThat(blankBlocks).hasSameSizeAs(fullBlocks);
        StringBuilder filled = new StringBuilder();
        int from = 0;
        for (int b = 0; b < blankBlocks.size(); b++) {
            blank.subList(from, blankBlocks.get(b).start())
                    .forEach(l -> filled.append(l).append('\n'));
            full.subList(fullBlocks.get(b).start(), fullBlocks.get(b).end())
                    .forEach(l -> filled.append(l).append('\n'));
            from = blankBlocks.get(b).end();
        }
        blank.subList(from, blank.size()).forEach(l -> filled.append(l).append('\n'));
        return exercise.endsWith("\n") ? filled.toString() : filled.substring(0, filled.length() - 1);
    }

    /** The exercise notebook with every code cell filled from the solution's cell in the same place. */
    static NotebookFile filled(NotebookFile exercise, NotebookFile solution) {
        Iterator<NotebookFile.Cell> solutions = solution.codeCells().iterator();
        return exercise.withCodeSources(source -> fill(source, solutions.next().source()));
    }
}
