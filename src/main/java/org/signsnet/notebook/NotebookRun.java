package org.signsnet.notebook;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The result of running a notebook: one {@link CellResult} per code cell run (fewer than the
 * notebook's code cells when the run stopped at a failing cell) and, per cell, how its output
 * differs from the expected one: the output saved in the notebook itself or, for an exercise
 * edition, in its solution.
 *
 * @param cellNames   how a person finds each code cell ({@link NotebookFile#codeCellNames()})
 * @param results     results in order
 * @param differences for each result, the first differing line or empty (see {@link OutputComparison})
 * @param expected    the notebook whose saved outputs the run was compared with
 * @param exercise    whether the notebook is an exercise edition, checked against its solution
 * @param updated     whether the saved outputs were rewritten
 */
public record NotebookRun(
        List<String> cellNames,
        List<CellResult> results,
        List<String> differences,
        Path expected,
        boolean exercise,
        boolean updated) {
    public NotebookRun {
        cellNames = List.copyOf(cellNames);
        results = List.copyOf(results);
        differences = List.copyOf(differences);
    }

    /** The number of code cells in the notebook. */
    public int codeCells() {
        return cellNames.size();
    }

    /** True when every code cell ran without an error. */
    public boolean allCellsRan() {
        return results.size() == codeCells() && results.stream().noneMatch(CellResult::failed);
    }

    /** True when every cell ran and its output matches the expected output. */
    public boolean matchesSavedOutputs() {
        return allCellsRan() && differences.stream().allMatch(String::isEmpty);
    }

    /** The positions (0-based) of the cells run that failed or whose output differs, in order. */
    public List<Integer> problemCells() {
        return IntStream.range(0, results.size())
                .filter(i -> results.get(i).failed() || !differences.get(i).isEmpty())
                .boxed()
                .toList();
    }

    /** The first cell that failed or differs, named, with what went wrong; empty when there is none. */
    public Optional<String> firstProblem() {
        return problemCells().stream().findFirst().map(this::problem);
    }

    /** What went wrong in cell {@code i}: its error, else how its output differs. */
    public String problem(int i) {
        CellResult result = results.get(i);
        return cellNames.get(i) + (result.failed() ? " failed: " + result.error() : " differs: " + differences.get(i));
    }
}
