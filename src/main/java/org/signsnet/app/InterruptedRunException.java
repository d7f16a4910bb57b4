package org.signsnet.app;

import java.nio.file.Path;

/**
 * A training run stopped on request (a signal) after saving what it had: {@code checkpoint} is the
 * newest checkpoint (null when no epoch completed) and {@code reportsWritten} says whether
 * cost.png, metrics.json and model.zip of the completed epochs were written.
 */
public final class InterruptedRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int completedEpochs;
    private final int totalEpochs;
    private final transient Path checkpoint;
    private final boolean reportsWritten;

    InterruptedRunException(
            String reason,
            int completedEpochs,
            int totalEpochs,
            Path checkpoint,
            boolean reportsWritten,
            Throwable cause) {
        super(reason, cause);
        this.completedEpochs = completedEpochs;
        this.totalEpochs = totalEpochs;
        this.checkpoint = checkpoint;
        this.reportsWritten = reportsWritten;
    }

    public int completedEpochs() {
        return completedEpochs;
    }

    public int totalEpochs() {
        return totalEpochs;
    }

    /** The checkpoint to resume from, or null when none was saved. */
    public Path checkpoint() {
        return checkpoint;
    }

    public boolean reportsWritten() {
        return reportsWritten;
    }
}
