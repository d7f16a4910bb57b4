package org.signsnet.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.signsnet.app.TrainingJob;
import org.signsnet.data.RealSignsData;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.TrainingConfig;
import org.signsnet.training.EpochListener;
import org.signsnet.training.TrainingControl;

/**
 * Models saved by {@code signsnet train} for the tests that need one, trained once per test JVM and
 * shared: the notebook's 100-epoch model on the real SIGNS data (what {@code scripts/signsnet train}
 * writes), and a two-epoch model on synthetic data for tests that only need a working model.
 * With {@code -Dsignsnet.test.reuseModels=true} a model left in {@code target/test-models} by an
 * earlier run is used again (for quick local runs; off by default, so every build trains its own).
 */
public final class TrainedModels {
    private static final Path ROOT = Path.of("target", "test-models");
    private static Path notebook;
    private static Path tiny;

    private TrainedModels() {}

    /** {@code model.zip} of the notebook's run with its defaults (100 epochs), on the shipped data. */
    public static synchronized Path notebook100() {
        if (notebook == null) {
            Path data = RealSignsData.directory();
            notebook = train(data, ROOT.resolve("notebook-100"), TrainingConfig.notebookDefaults());
        }
        return notebook;
    }

    /** {@code model.zip} of a notebook-preset network trained 2 epochs on 48 synthetic images. */
    public static synchronized Path tiny() {
        if (tiny == null) {
            Path data = SyntheticSigns.write(ROOT.resolve("tiny-data"), 48, 12);
            tiny = train(
                    data,
                    ROOT.resolve("tiny"),
                    ModelPreset.NOTEBOOK.defaults().withEpochs(2).withBatchSize(16));
        }
        return tiny;
    }

    private static Path train(Path data, Path out, TrainingConfig config) {
        if (Boolean.getBoolean("signsnet.test.reuseModels") && Files.isRegularFile(out.resolve("model.zip"))) {
            return out.resolve("model.zip");
        }
        new TrainingJob(EpochListener.none(), new TrainingControl()).run(data, out.toAbsolutePath(), config);
        Path model = out.resolve("model.zip");
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("training wrote no " + model);
        }
        return model;
    }
}
