package org.signsnet.training;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.model.TrainingConfig;

/**
 * What {@code model()} returns in the notebook, and more: the trained network, the per-epoch
 * costs, the final accuracies and timings, and what went wrong without stopping the run
 * ({@code warnings}: see {@link TrainingWarnings}).
 */
public record TrainingResult(
        TrainingConfig config,
        MultiLayerNetwork network,
        List<EpochRecord> epochs,
        double trainAccuracy,
        double testAccuracy,
        double secondsTotal,
        List<String> warnings) {

    public TrainingResult {
        epochs = List.copyOf(epochs);
        warnings = List.copyOf(warnings);
    }

    /** A result without warnings. */
    public TrainingResult(
            TrainingConfig config,
            MultiLayerNetwork network,
            List<EpochRecord> epochs,
            double trainAccuracy,
            double testAccuracy,
            double secondsTotal) {
        this(config, network, epochs, trainAccuracy, testAccuracy, secondsTotal, List.of());
    }

    /** The notebook-style costs, one per epoch (what the notebook plots). */
    public List<Double> notebookCosts() {
        return epochs.stream().map(EpochRecord::notebookCost).toList();
    }

    /** The true mean costs, one per epoch. */
    public List<Double> meanCosts() {
        return epochs.stream().map(EpochRecord::meanCost).toList();
    }

    /** Mean wall time of an epoch. */
    public double secondsPerEpoch() {
        return epochs.stream().mapToDouble(EpochRecord::seconds).average().orElse(0);
    }
}
