package org.signsnet.training;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.data.SignsData;

/**
 * Measures train and test accuracy ({@link Accuracy#of}) at the end of every {@code every}-th epoch
 * and of the last one, for {@code accuracy.png} and {@code metrics.json}. On SIGNS (1080 + 120
 * images) one measurement is a forward pass over 1200 images, a small fraction of an epoch's
 * 17 Adam steps (forward + backward over 1080 images); {@code signsnet train} measures every 5th
 * epoch, where the notebook prints its cost, and {@code signsnet compare} every epoch.
 */
public final class AccuracyTracker implements EpochListener {
    private final SignsData data;
    private final int every;
    private final int lastEpoch;
    private final List<Integer> epochs = new ArrayList<>();
    private final List<Double> train = new ArrayList<>();
    private final List<Double> test = new ArrayList<>();

    /**
     * @param data      the splits to measure
     * @param every     measure after epochs 0, every, 2 * every, ... (1 = every epoch)
     * @param lastEpoch the run's last 0-based epoch, always measured
     */
    public AccuracyTracker(SignsData data, int every, int lastEpoch) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be >= 1, got " + every);
        }
        this.data = data;
        this.every = every;
        this.lastEpoch = lastEpoch;
    }

    @Override
    public synchronized void epochFinished(EpochRecord record, MultiLayerNetwork network) {
        if (record.epoch() % every == 0 || record.epoch() == lastEpoch) {
            epochs.add(record.epoch());
            train.add(Accuracy.of(network, data.train()));
            test.add(Accuracy.of(network, data.test()));
        }
    }

    /** The measurements so far. */
    public synchronized AccuracyHistory history() {
        return new AccuracyHistory(epochs, train, test);
    }
}
