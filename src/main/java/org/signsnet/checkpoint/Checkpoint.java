package org.signsnet.checkpoint;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.model.TrainingConfig;
import org.signsnet.training.EpochRecord;

/**
 * A loaded checkpoint: the state of a run after {@code completedEpochs.size()} epochs.
 *
 * @param file            the checkpoint zip it was read from
 * @param config          the run's configuration
 * @param completedEpochs the costs of the epochs done so far, epoch 0 first
 * @param dataSha256      checksums of the data files the run trained on, by file name
 * @param network         the network after the last completed epoch, with its Adam state
 */
public record Checkpoint(
        Path file,
        TrainingConfig config,
        List<EpochRecord> completedEpochs,
        Map<String, String> dataSha256,
        MultiLayerNetwork network) {
    public Checkpoint {
        completedEpochs = List.copyOf(completedEpochs);
        dataSha256 = Map.copyOf(dataSha256);
    }

    /** The same checkpoint with another configuration (e.g. more epochs). */
    public Checkpoint withConfig(TrainingConfig value) {
        return new Checkpoint(file, value, completedEpochs, dataSha256, network);
    }
}
