package org.signsnet.notebook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What running one code cell produced.
 *
 * @param index   0-based position of the cell among the notebook's code cells
 * @param outputs printed text and displays, in order
 * @param value   the value of the cell's last snippet when it is an expression (shown by Jupyter as
 *                the cell's result), else empty
 * @param error   empty when the cell ran cleanly, else a one-paragraph description (compile error
 *                with its diagnostic, or the exception thrown)
 */
public record CellResult(int index, List<CellOutput> outputs, String value, String error) {
    public CellResult {
        outputs = List.copyOf(outputs);
    }

    public boolean failed() {
        return !error.isEmpty();
    }

    /** Everything the cell printed to standard output. */
    public String output() {
        return outputs.stream()
                .filter(CellOutput.Stream.class::isInstance)
                .map(o -> ((CellOutput.Stream) o).text())
                .collect(Collectors.joining());
    }

    /** What the cell displayed, in order. */
    public List<DisplayOutput> displays() {
        return outputs.stream()
                .filter(CellOutput.Display.class::isInstance)
                .map(o -> ((CellOutput.Display) o).data())
                .toList();
    }

    /** The text Jupyter shows under the cell: printed output then the value. */
    public String shownText() {
        return output() + value;
    }
}
