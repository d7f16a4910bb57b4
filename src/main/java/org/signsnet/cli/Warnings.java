package org.signsnet.cli;

import java.io.PrintWriter;
import org.signsnet.data.FolderListener;

/** Warnings on standard error: {@code signsnet: warning: ONE LINE}. */
final class Warnings {
    private Warnings() {}

    /** Prints {@code warning} as one line and flushes. */
    static void print(PrintWriter err, String warning) {
        err.println("signsnet: warning: " + ExecutionErrorHandler.oneLine(warning));
        err.flush();
    }

    /** A listener that prints a photo folder's warnings (skipped files, duplicates) on {@code err}. */
    static FolderListener forFolder(PrintWriter err) {
        return FolderListener.warnings(warning -> print(err, warning));
    }
}
