package org.signsnet.cli;

import java.nio.file.Path;
import org.signsnet.app.InterruptedRunException;

/** The one line {@code train} prints when it stopped on a signal, and its exit code. */
final class Interruptions {
    /** Exit code of a run stopped by SIGINT (128 + 2), also used when the signal is unknown. */
    static final int SIGINT_EXIT = 130;
    /** Exit code of a run stopped by SIGTERM (128 + 15). */
    static final int SIGTERM_EXIT = 143;

    private Interruptions() {}

    static int exitCode(int signalled) {
        return signalled > 128 ? signalled : SIGINT_EXIT;
    }

    static String describe(InterruptedRunException e, Path outDir) {
        String what = "interrupted (" + e.getMessage() + ") after " + e.completedEpochs() + " of " + e.totalEpochs()
                + " epochs; ";
        if (e.checkpoint() == null) {
            return what + "no epoch was completed, so there is no checkpoint to resume from";
        }
        return what + "checkpoint " + e.checkpoint() + (e.reportsWritten() ? " and the reports so far" : "")
                + " saved in " + outDir + "; continue with 'signsnet train --resume " + outDir + "'";
    }
}
