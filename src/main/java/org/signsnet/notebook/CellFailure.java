package org.signsnet.notebook;

import java.util.List;

/**
 * Why a cell stopped: it did not compile, it threw, it was interrupted, or its source ended in the
 * middle of a statement.
 */
public final class CellFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final transient List<String> details;

    /**
     * @param name    what failed, as Jupyter's {@code ename}: {@code "CompileError"}, the exception's
     *                class name, {@code "Interrupted"} or {@code "IncompleteInput"}
     * @param summary one paragraph saying what happened and where
     * @param details the lines to show under the cell: the offending source with a caret, or the
     *                exception and its stack frames (cell lines, no JShell internals)
     */
    public CellFailure(String name, String summary, List<String> details) {
        super(summary);
        this.name = name;
        this.details = List.copyOf(details);
    }

    public String name() {
        return name;
    }

    public String summary() {
        return getMessage();
    }

    public List<String> details() {
        return details;
    }
}
