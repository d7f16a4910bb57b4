package org.signsnet.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.model.TrainingConfig;
import org.signsnet.training.EpochListener;
import org.signsnet.training.EpochRecord;

/**
 * Saves a checkpoint after every completed epoch (signsnet's {@link Checkpoints}; not DL4J's
 * {@code CheckpointListener}). An epoch that fails (NaN, interruption) never
 * reaches {@link #epochFinished}, so the last good checkpoint is never overwritten by a bad one.
 */
public final class CheckpointSaver implements EpochListener {
    private final Checkpoints checkpoints;
    private final TrainingConfig config;
    private final Map<String, String> dataSha256;
    private final List<EpochRecord> completed;
    private volatile Path lastSaved;

    /** {@code alreadyCompleted}: the epochs of the checkpoint a resumed run started from. */
    public CheckpointSaver(
            Checkpoints checkpoints,
            TrainingConfig config,
            Map<String, String> dataSha256,
            List<EpochRecord> alreadyCompleted) {
        this.checkpoints = checkpoints;
        this.config = config;
        this.dataSha256 = Map.copyOf(dataSha256);
        this.completed = new ArrayList<>(alreadyCompleted);
    }

    @Override
    public void epochFinished(EpochRecord record, MultiLayerNetwork network) {
        completed.add(record);
        lastSaved = checkpoints.save(network, config, completed, dataSha256);
    }

    /** The checkpoint this listener wrote last, if any. */
    public Optional<Path> lastSaved() {
        return Optional.ofNullable(lastSaved);
    }
}
