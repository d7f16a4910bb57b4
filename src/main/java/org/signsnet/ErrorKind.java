package org.signsnet;

/**
 * The classes of failure a user can meet, each with its own documented process exit code.
 *
 * <p>The CLI maps every {@link SignsnetException} to {@link #exitCode()}; docs/cli.md's
 * "Errors and exit codes" table lists the same numbers.
 */
public enum ErrorKind {
    /** A bug or an unexpected failure inside signsnet. */
    INTERNAL(1),
    /** Bad command-line arguments: unknown option, value out of range. */
    USAGE(2),
    /** The SIGNS data (HDF5) is missing, unreadable or malformed. */
    DATA(3),
    /** A saved model is missing, not a model, or not compatible. */
    MODEL(4),
    /** A file system problem: cannot read an input, cannot write an output, lock held. */
    IO(5),
    /** Training diverged: NaN or infinity in the cost or the parameters. */
    NUMERIC(6);

    private final int exitCode;

    ErrorKind(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code the CLI returns for this kind of error. */
    public int exitCode() {
        return exitCode;
    }
}
