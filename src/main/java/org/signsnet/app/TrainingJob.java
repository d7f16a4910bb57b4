package org.signsnet.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.checkpoint.Checkpoint;
import org.signsnet.checkpoint.CheckpointSaver;
import org.signsnet.checkpoint.Checkpoints;
import org.signsnet.data.DataChecksums;
import org.signsnet.data.DataSource;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.io.AtomicFiles;
import org.signsnet.io.OutputLock;
import org.signsnet.model.Provenance;
import org.signsnet.model.TrainingConfig;
import org.signsnet.training.AccuracyHistory;
import org.signsnet.training.AccuracyTracker;
import org.signsnet.training.EpochListener;
import org.signsnet.training.EpochRecord;
import org.signsnet.training.Trainer;
import org.signsnet.training.TrainingControl;
import org.signsnet.training.TrainingInterruptedException;
import org.signsnet.training.TrainingResult;

/**
 * The main job, {@code signsnet train}: load the data (SIGNS from a directory, or a photo folder:
 * a {@link DataSource}), train (from scratch or from a {@link Checkpoint}), and write the run's
 * outputs ({@link RunOutputs}, the model with the names of its classes) into an output directory.
 *
 * <p>Everything that can be checked is checked before the output directory is touched. Then the
 * directory is locked ({@link OutputLock}), stray temporary files of a killed run are removed and
 * a checkpoint is saved after every epoch. When the run is stopped through its
 * {@link TrainingControl} the reports of the completed epochs are written from the newest
 * checkpoint and {@link InterruptedRunException} is thrown.
 */
public final class TrainingJob {
    /**
     * Train and test accuracy are measured after every 5th epoch (as the notebook prints the cost)
     * and the last: each measurement is a forward pass over all 1200 images.
     */
    static final int ACCURACY_EVERY = 5;

    private final EpochListener listener;
    private final TrainingControl control;

    public TrainingJob(EpochListener listener, TrainingControl control) {
        this.listener = listener;
        this.control = control;
    }

    /** Trains on the SIGNS files in {@code dataDir} and writes the outputs into {@code outDir}. */
    public TrainingResult run(Path dataDir, Path outDir, TrainingConfig config) {
        return run(DataSource.signs(dataDir), outDir, config);
    }

    /** Trains on the data of {@code source} and writes the outputs into {@code outDir}. */
    public TrainingResult run(DataSource source, Path outDir, TrainingConfig config) {
        return run(source, outDir, config, null);
    }

    /**
     * Continues the run saved in {@code from} (with {@code from.config()}) on the data of
     * {@code source}, which must be the data it was trained on; ends as the uninterrupted run would.
     */
    public TrainingResult resume(DataSource source, Path outDir, Checkpoint from) {
        return run(source, outDir, from.config(), from);
    }

    private TrainingResult run(DataSource source, Path outDir, TrainingConfig config, Checkpoint from) {
        SignsData data = source.load();
        Trainer.checkBatchSize(data, config);
        Map<String, String> sums = checksums(data);
        List<EpochRecord> done = from == null ? List.of() : from.completedEpochs();
        if (from != null) {
            checkSameData(from, sums);
        }
        if (control.stopRequested()) { // a signal while loading: leave the output directory untouched
            throw new InterruptedRunException(
                    control.reason(), done.size(), config.epochs(), from == null ? null : from.file(), false, null);
        }
        try (OutputLock lock = OutputLock.acquire(outDir)) {
            Checkpoints checkpoints = Checkpoints.in(outDir);
            AtomicFiles.deleteLeftovers(outDir);
            AtomicFiles.deleteLeftovers(checkpoints.directory());
            checkpoints.deleteAfter(done.size());
            if (from != null) {
                checkpoints.adopt(from);
            }
            CheckpointSaver saver = new CheckpointSaver(checkpoints, config, sums, done);
            AccuracyTracker accuracies =
                    new AccuracyTracker(data, ACCURACY_EVERY, config.epochs() - 1); // resumed: from here on
            Trainer trainer = new Trainer(EpochListener.all(List.of(listener, saver, accuracies)), control);
            Optional<Path> before = from == null ? Optional.empty() : Optional.of(from.file());
            TrainingResult result;
            try {
                result =
                        from == null ? trainer.train(data, config) : trainer.resume(data, config, from.network(), done);
            } catch (TrainingInterruptedException e) {
                Optional<Path> last = saver.lastSaved().or(() -> before);
                throw new InterruptedRunException(
                        e.getMessage(),
                        e.partial().completedEpochs().size(),
                        config.epochs(),
                        last.orElse(null),
                        PartialReport.write(last, data, sums, outDir),
                        e);
            } catch (SignsnetException e) {
                throw withCheckpointNote(e, saver.lastSaved().or(() -> before));
            }
            writeReports(result, sums, outDir, saver.lastSaved().or(() -> before), data, accuracies.history());
            return result;
        }
    }

    /** A report that cannot be written must not lose the training: the error names the checkpoint. */
    private static void writeReports(
            TrainingResult result,
            Map<String, String> sums,
            Path outDir,
            Optional<Path> checkpoint,
            SignsData data,
            AccuracyHistory accuracies) {
        try {
            RunOutputs.write(result, Provenance.of(result.config(), sums), outDir, data, accuracies);
        } catch (SignsnetException e) {
            if (checkpoint.isEmpty()) {
                throw e;
            }
            throw new SignsnetException(
                    e.kind(),
                    e.getMessage() + " (the trained network is saved in " + checkpoint.get()
                            + "; fix this and run 'signsnet train --resume " + outDir + "')",
                    e);
        }
    }

    private static void checkSameData(Checkpoint from, Map<String, String> sums) {
        if (!from.dataSha256().isEmpty() && !from.dataSha256().equals(sums)) {
            throw SignsnetException.data("the data differs from what the checkpoint " + from.file()
                    + " was trained on (sha256 " + from.dataSha256() + ", now " + sums
                    + "); resume with the same --data or --images");
        }
    }

    private static SignsnetException withCheckpointNote(SignsnetException e, Optional<Path> lastGood) {
        if (e.kind() != ErrorKind.NUMERIC || lastGood.isEmpty()) {
            return e;
        }
        return new SignsnetException(
                ErrorKind.NUMERIC, e.getMessage() + " (the last good checkpoint, " + lastGood.get() + ", is kept)", e);
    }

    static Map<String, String> checksums(SignsData data) {
        return DataChecksums.of(data);
    }

    /** The data a run would use, loaded as {@link #run} loads it (for callers that need it first). */
    public static SignsData load(Path dataDir) {
        return new SignsDataLoader().load(dataDir);
    }
}
