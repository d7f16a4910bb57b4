package org.signsnet.checkpoint;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.signsnet.model.TrainingConfig;
import org.signsnet.training.EpochRecord;

/** The JSON entry {@value #ENTRY} inside a checkpoint zip. */
record CheckpointState(
        @JsonProperty("format") int format,
        @JsonProperty("config") TrainingConfig config,
        @JsonProperty("completed_epochs") List<EpochRecord> completedEpochs,
        @JsonProperty("data_sha256") Map<String, String> dataSha256) {
    static final String ENTRY = "signsnet-checkpoint.json";
    static final int FORMAT = 1;

    /** Null when the state is consistent for a checkpoint of {@code epochs} completed epochs, else the problem. */
    String problem(int epochs) {
        if (format != FORMAT) {
            return "unknown checkpoint format " + format + " (expected " + FORMAT + ")";
        }
        if (config == null || completedEpochs == null || dataSha256 == null) {
            return "missing config, completed_epochs or data_sha256";
        }
        if (completedEpochs.size() != epochs || epochs > config.epochs()) {
            return completedEpochs.size() + " completed epochs recorded for a checkpoint after epoch " + epochs + " of "
                    + config.epochs();
        }
        for (int i = 0; i < completedEpochs.size(); i++) {
            EpochRecord r = completedEpochs.get(i);
            if (r == null
                    || r.epoch() != i
                    || !Double.isFinite(r.notebookCost())
                    || !Double.isFinite(r.meanCost())
                    || !(r.seconds() >= 0)
                    || Double.isInfinite(r.seconds())) {
                return "epoch record " + i + " is inconsistent";
            }
        }
        return null;
    }
}
