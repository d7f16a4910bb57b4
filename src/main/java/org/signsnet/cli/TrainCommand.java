package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.signsnet.SignsnetException;
import org.signsnet.app.InterruptedRunException;
import org.signsnet.app.RunOutputs;
import org.signsnet.app.TrainingJob;
import org.signsnet.checkpoint.Checkpoint;
import org.signsnet.checkpoint.Checkpoints;
import org.signsnet.data.DataSource;
import org.signsnet.io.AbsentPaths;
import org.signsnet.model.InitMode;
import org.signsnet.model.InvalidSettingException;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.TrainingConfig;
import org.signsnet.report.ReportWriter;
import org.signsnet.training.EpochListener;
import org.signsnet.training.TrainingControl;
import org.signsnet.training.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signsnet train}: the application notebook's {@code model(X_train, Y_train, X_test, Y_test)}. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train a ConvNet on SIGNS (or on your own photos, --images) and write cost.png, accuracy.png,"
                    + " confusion.png, filters.png, samples.png, report.html, metrics.json and model.zip.",
            "With no options this is the notebook's run: 100 epochs, minibatches of 64, Adam lr 0.009.",
            "--preset improved trains the stronger model (25 epochs, minibatches of 32, peak lr 0.01).",
            "--preset notebook_stock trains the notebook's network on DL4J's stock layers (many times slower,"
                    + " the same numbers up to float rounding): the reference for the default preset's fast layers."
        })
public final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private ThreadsOption threads;

    @Option(
            names = "--images",
            paramLabel = "DIR",
            description = {
                "Train on a folder of photos instead of SIGNS: one subfolder per class, named by its label"
                        + " (DIR/fist/*.jpg, DIR/one/*.jpg, ...), or DIR/train/ and DIR/test/ with such subfolders;"
                        + " without them 20%% of each class, drawn with --seed, is held out for testing."
                        + " The model keeps the labels (see docs/data.md)."
            })
    private Path images;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "reports",
            description = "Output directory for cost.png, metrics.json, model.zip (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(
            names = "--epochs",
            paramLabel = "N",
            description = "Number of epochs, 1..100000 (default: notebook 100, improved 25).")
    private Integer epochs;

    @Option(
            names = "--batch-size",
            paramLabel = "N",
            description = "Minibatch size, 1..number of training images (default: notebook 64, improved 32).")
    private Integer batchSize;

    @Option(
            names = "--lr",
            paramLabel = "RATE",
            description = "Adam learning rate, in (0, 10]; the improved preset's peak rate "
                    + "(default: notebook 0.009, improved 0.01).")
    private Double learningRate;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "numpy seed base: epoch e shuffles with seed+1+e, as the notebook; also seeds "
                    + "initialisation and dropout (default: 3).")
    private Long seed;

    @Option(
            names = "--init",
            paramLabel = "tf|dl4j",
            description = "Starting weights: 'tf' = TensorFlow 1's exact xavier_initializer values "
                    + "(notebook preset only), 'dl4j' = DL4J's own initialisation "
                    + "(default: notebook tf, improved dl4j).")
    private InitMode init;

    @Option(
            names = "--fc-op-seed",
            paramLabel = "N",
            description = "TensorFlow op seed of the fully connected layer's initialiser (default: 39).")
    private Long fcOpSeed;

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            defaultValue = "notebook",
            description = "Network to train: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "Options not given take this preset's defaults.")
    private ModelPreset preset;

    @Option(
            names = "--resume",
            paramLabel = "DIR",
            description = {
                "Continue the interrupted run whose --out was DIR from its newest valid checkpoint"
                        + " (DIR/checkpoints/epoch-NNNN.zip), ending exactly as an uninterrupted run. The configuration"
                        + " comes from the checkpoint; only --epochs may change it. --out defaults to DIR."
            })
    private Path resume;

    @Override
    public Integer call() {
        TrainingConfig given = config();
        PrintWriter stderr = spec.commandLine().getErr();
        if (images != null && data.given() != null) {
            throw SignsnetException.usage("give --data (SIGNS files) or --images (a photo folder), not both");
        }
        Checkpoint from =
                resume == null ? null : Checkpoints.in(resumeDirectory()).latest(w -> Warnings.print(stderr, w));
        TrainingConfig config = from == null
                ? given
                : ResumeConfig.merge(from, given, spec.commandLine().getParseResult());
        Path outDir = resume != null && !spec.commandLine().getParseResult().hasMatchedOption("--out") ? resume : out;
        PrintWriter stdout = spec.commandLine().getOut();
        List<EpochListener> listeners = new ArrayList<>();
        listeners.add(new NotebookCostPrinter(stdout));
        if (EpochProgressBar.interactive()) {
            listeners.add(new EpochProgressBar(config.epochs()));
        }
        Path dataDir = images == null ? data.resolve() : images;
        DataSource source = images == null
                ? DataSource.signs(dataDir)
                : DataSource.images(images, config.seed(), Warnings.forFolder(stderr));
        stdout.printf(
                "Training the %s ConvNet on %s: %d epoch%s, minibatch %d, Adam lr %s, init %s%n",
                config.preset().name().toLowerCase(Locale.ROOT),
                images == null ? DisplayPaths.of(dataDir) : "the photos in " + images,
                config.epochs(),
                config.epochs() == 1 ? "" : "s",
                config.batchSize(),
                config.learningRate(),
                config.init().name().toLowerCase(Locale.ROOT));
        stdout.flush();
        return train(
                EpochListener.all(listeners), source, outDir, from == null ? null : from.withConfig(config), config);
    }

    /**
     * Runs the job with SIGINT/SIGTERM turned into a graceful stop: 0 when done, 130/143 when a
     * signal came (after the checkpoint and the reports so far are saved).
     */
    private int train(EpochListener listener, DataSource source, Path outDir, Checkpoint from, TrainingConfig config) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        TrainingControl control = new TrainingControl();
        TrainingJob job = new TrainingJob(listener, control);
        TrainingResult result;
        int signalled;
        try (InterruptHandler interrupts = InterruptHandler.install(control, stderr)) {
            try {
                result = from == null ? job.run(source, outDir, config) : job.resume(source, outDir, from);
            } catch (InterruptedRunException e) {
                stderr.println("signsnet: " + Interruptions.describe(e, outDir));
                stderr.flush();
                return Interruptions.exitCode(interrupts.exitCode());
            }
            signalled = interrupts.exitCode();
        }
        stdout.println("Train Accuracy: " + (float) result.trainAccuracy());
        stdout.println("Test Accuracy: " + (float) result.testAccuracy());
        stdout.printf(
                "Wrote %s, %s, %s and %s to %s (%.1f s)%n",
                ReportWriter.COST_PNG,
                RunOutputs.METRICS_JSON,
                RunOutputs.MODEL_ZIP,
                ReportWriter.REPORT_HTML,
                outDir,
                result.secondsTotal());
        stdout.flush();
        result.warnings().forEach(w -> Warnings.print(stderr, w + " (also in " + RunOutputs.METRICS_JSON + ")"));
        return signalled;
    }

    private Path resumeDirectory() {
        if (!Files.isDirectory(resume)) {
            throw SignsnetException.io(
                    "--resume " + resume
                            + (Files.exists(resume) ? " is not a directory" : " " + AbsentPaths.why(resume))
                            + "; give the --out directory of an interrupted run",
                    null);
        }
        return resume;
    }

    private TrainingConfig config() {
        try {
            return config(preset, epochs, batchSize, learningRate, seed, init, fcOpSeed);
        } catch (InvalidSettingException e) {
            throw SignsnetException.usage("invalid option: " + option(e.setting()) + " " + e.rule());
        } catch (IllegalArgumentException e) {
            throw SignsnetException.usage("invalid option: " + e.getMessage());
        }
    }

    /** The preset's defaults with every option that was given ({@code null}: not given) put in. */
    static TrainingConfig config(
            ModelPreset preset,
            Integer epochs,
            Integer batchSize,
            Double learningRate,
            Long seed,
            InitMode init,
            Long fcOpSeed) {
        TrainingConfig defaults = preset.defaults();
        if (init == InitMode.TF && !preset.notebookNetwork()) {
            throw new IllegalArgumentException("--init tf exists only for the notebook preset");
        }
        return new TrainingConfig(
                preset,
                learningRate != null ? learningRate : defaults.learningRate(),
                epochs != null ? epochs : defaults.epochs(),
                batchSize != null ? batchSize : defaults.batchSize(),
                seed != null ? seed : defaults.seed(),
                init != null ? init : defaults.init(),
                fcOpSeed != null ? fcOpSeed : defaults.fcOpSeed());
    }

    /** The option that sets {@code setting}. */
    private static String option(InvalidSettingException.Setting setting) {
        return switch (setting) {
            case LEARNING_RATE -> "--lr";
            case EPOCHS -> "--epochs";
            case BATCH_SIZE -> "--batch-size";
            case SEED -> "--seed";
            case FC_OP_SEED -> "--fc-op-seed";
        };
    }
}
