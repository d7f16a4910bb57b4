package org.signsnet.notebook;

/** One piece of what a cell showed, in the order it appeared: printed text or a display. */
public sealed interface CellOutput {
    /** Text the cell printed to standard output (Jupyter's {@code stream} output). */
    record Stream(String text) implements CellOutput {}

    /** What the cell passed to {@code display(...)} (Jupyter's {@code display_data} output). */
    record Display(DisplayOutput data) implements CellOutput {}
}
