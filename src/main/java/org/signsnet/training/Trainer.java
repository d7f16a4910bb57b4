package org.signsnet.training;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.data.MiniBatchArrays;
import org.signsnet.data.MiniBatches;
import org.signsnet.data.SignsData;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.TrainingConfig;
import org.signsnet.nn.TrainingStep;

/**
 * The application notebook's {@code model()}: Adam steps over minibatches reshuffled every epoch
 * with the notebook's numpy seeds ({@code random_mini_batches(X, Y, 64, seed)}, seed 4, 5, ...),
 * the notebook-style and the true mean cost per epoch, then train and test accuracy.
 */
public final class Trainer {
    private final EpochListener listener;
    private final TrainingControl control;

    public Trainer(EpochListener listener, TrainingControl control) {
        this.listener = listener;
        this.control = control;
    }

    public Trainer() {
        this(EpochListener.none(), new TrainingControl());
    }

    /**
     * Trains a fresh network (initialised as {@code config.init()} says, with one output per class of
     * {@code data}) for all epochs.
     */
    public TrainingResult train(SignsData data, TrainingConfig config) {
        return resume(
                data, config, NotebookNetworks.create(config, data.classNames().size()), List.of());
    }

    /**
     * Continues a run whose first {@code completed.size()} epochs are done and whose network
     * (weights and Adam state) is {@code network}; ends exactly as an uninterrupted run would.
     */
    public TrainingResult resume(
            SignsData data, TrainingConfig config, MultiLayerNetwork network, List<EpochRecord> completed) {
        checkBatchSize(data, config);
        long start = System.nanoTime();
        List<EpochRecord> epochs = new ArrayList<>(completed);
        TrainingStep step = TrainingStep.of(
                        network, data.train().images(), data.train().oneHotLabels(), config.batchSize())
                .orElse(null);
        try (MiniBatchArrays arrays = new MiniBatchArrays()) {
            for (int epoch = completed.size(); epoch < config.epochs(); epoch++) {
                EpochRecord record = runEpoch(data, config, network, step, epoch, epochs, arrays);
                epochs.add(record);
                listener.epochFinished(record, network);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9
                + completed.stream().mapToDouble(EpochRecord::seconds).sum();
        int[] trainPredictions = Accuracy.predictedClasses(network, data.train().images());
        return new TrainingResult(
                config,
                network,
                epochs,
                Accuracy.of(trainPredictions, data.train().labels()),
                Accuracy.of(network, data.test()),
                seconds,
                TrainingWarnings.of(config, trainPredictions));
    }

    private EpochRecord runEpoch(
            SignsData data,
            TrainingConfig config,
            MultiLayerNetwork network,
            TrainingStep step,
            int epoch,
            List<EpochRecord> done,
            MiniBatchArrays arrays) {
        long start = System.nanoTime();
        int m = data.train().size();
        int numMinibatches = m / config.batchSize(); // the notebook's int(m / minibatch_size)
        long seed = config.shuffleSeedForEpoch(epoch);
        List<int[]> rows = MiniBatches.batchIndices(m, config.batchSize(), seed);
        List<DataSet> minibatches = step == null ? arrays.batches(data.train(), rows) : null;
        listener.epochStarted(epoch, rows.size());
        // Per-epoch state of the presets that need it (the notebook's uses neither): the epoch a
        // learning-rate schedule reads, and the ND4J random stream dropout draws from, so a resumed
        // run continues exactly.
        network.setEpochCount(epoch);
        Nd4j.getRandom().setSeed(config.seed() * 1_000_003L + epoch);
        double notebookCost = 0;
        double weightedSum = 0;
        for (int b = 0; b < rows.size(); b++) {
            if (control.stopRequested()) {
                throw new TrainingInterruptedException(control.reason(), new PartialTraining(network, done));
            }
            double cost;
            if (step != null) {
                cost = step.fit(rows.get(b));
            } else {
                network.fit(minibatches.get(b));
                cost = network.score();
            }
            checkFinite(cost, epoch, config);
            notebookCost += cost / numMinibatches;
            weightedSum += cost * rows.get(b).length;
            listener.minibatchFinished(epoch, b, cost);
        }
        checkParameters(network, epoch, config);
        return new EpochRecord(epoch, notebookCost, weightedSum / m, (System.nanoTime() - start) / 1e9);
    }

    /** A USAGE error when the minibatch is larger than the training set (callers may check first). */
    public static void checkBatchSize(SignsData data, TrainingConfig config) {
        if (config.batchSize() > data.train().size()) {
            throw SignsnetException.usage("--batch-size " + config.batchSize() + " is larger than the "
                    + data.train().size() + " training images: use a value in [1, "
                    + data.train().size() + "]");
        }
    }

    private static void checkFinite(double cost, int epoch, TrainingConfig config) {
        if (!Double.isFinite(cost)) {
            throw diverged("the cost became " + cost, epoch, config);
        }
    }

    private static void checkParameters(MultiLayerNetwork network, int epoch, TrainingConfig config) {
        INDArray params = network.params();
        if (BooleanIndexing.or(params, Conditions.isNan()) || BooleanIndexing.or(params, Conditions.isInfinite())) {
            throw diverged("a parameter became NaN or infinite", epoch, config);
        }
    }

    private static SignsnetException diverged(String what, int epoch, TrainingConfig config) {
        return new SignsnetException(
                ErrorKind.NUMERIC,
                "training diverged in epoch " + epoch + ": " + what
                        + " with learning rate " + config.learningRate() + "; try a lower one, e.g. --lr "
                        + config.learningRate() / 10);
    }
}
