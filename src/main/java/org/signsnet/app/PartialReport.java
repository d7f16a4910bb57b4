package org.signsnet.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.signsnet.checkpoint.Checkpoint;
import org.signsnet.checkpoint.Checkpoints;
import org.signsnet.data.SignsData;
import org.signsnet.model.Provenance;
import org.signsnet.training.Accuracy;
import org.signsnet.training.EpochRecord;
import org.signsnet.training.TrainingResult;

/**
 * The reports of a stopped run: cost.png, metrics.json and model.zip of the epochs it completed,
 * from the newest checkpoint (the network mid-epoch would not match the recorded costs).
 * {@code metrics.json} then lists fewer costs than its {@code epochs}.
 */
final class PartialReport {
    private PartialReport() {}

    /** Writes the reports from {@code checkpoint}; false when there is none (no epoch completed). */
    static boolean write(Optional<Path> checkpoint, SignsData data, Map<String, String> sums, Path outDir) {
        if (checkpoint.isEmpty()) {
            return false;
        }
        Path file = checkpoint.get();
        Checkpoint saved = Checkpoints.in(file.getParent().getParent()).load(file);
        TrainingResult result = new TrainingResult(
                saved.config(),
                saved.network(),
                saved.completedEpochs(),
                Accuracy.of(saved.network(), data.train()),
                Accuracy.of(saved.network(), data.test()),
                saved.completedEpochs().stream()
                        .mapToDouble(EpochRecord::seconds)
                        .sum());
        RunOutputs.write(result, data.classNames(), Provenance.of(saved.config(), sums), outDir);
        return true;
    }
}
