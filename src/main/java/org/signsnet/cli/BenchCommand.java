package org.signsnet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.signsnet.SignsnetException;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.data.SignsDataset;
import org.signsnet.io.Json;
import org.signsnet.model.TrainingConfig;
import org.signsnet.perf.BenchmarkResult;
import org.signsnet.perf.TrainingBenchmark;
import org.signsnet.perf.TrainingParity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signsnet bench}: how fast the notebook model trains and predicts on this machine. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Time training epochs (after one warm-up epoch) and inference of the notebook's ConvNet on SIGNS.",
            "Prints a table, or one JSON object with --json.",
            "--parity compares the final accuracies of the fast and the stock layers over several seeds."
        })
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private ThreadsOption threads;

    @Option(
            names = "--epochs",
            paramLabel = "N",
            description = "Timed epochs after the warm-up epoch, 1..10000 (default: 30; the JIT is still compiling "
                    + "the kernels during the first ones, so short runs read slower). With --parity: training "
                    + "epochs of each run (default: the notebook's 100).")
    private Integer epochs;

    @Option(
            names = "--parity",
            description = {
                "Train the notebook's network on the fast and on DL4J's stock layers "
                        + "with the same seeds and print their final train and test accuracies (the notebook's run, then one "
                        + "run per --seeds value). The stock runs take minutes each: run it in the background."
            })
    private boolean parity;

    @Option(
            names = "--seeds",
            paramLabel = "S",
            split = ",",
            defaultValue = "1,2,4,5",
            description = "With --parity: the seeds of the runs after the notebook's (each the shuffle seed and the "
                    + "fully connected layer's initialisation seed of one run; default: ${DEFAULT-VALUE}).")
    private List<Long> seeds;

    @Option(
            names = "--batch-size",
            paramLabel = "N",
            defaultValue = "64",
            description = "Minibatch size (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(
            names = "--reference",
            description =
                    "Use DL4J's stock convolution and pooling layers (the notebook_stock preset) instead of the fast ones.")
    private boolean reference;

    @Option(
            names = "--synthetic",
            description = "Random images of the SIGNS training set's shape instead of the data files.")
    private boolean synthetic;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        if (parity) {
            return parity();
        }
        TrainingBenchmark.Options options;
        try {
            options = new TrainingBenchmark.Options(epochs == null ? 30 : epochs, batchSize, reference);
        } catch (IllegalArgumentException e) {
            throw SignsnetException.usage("invalid option: " + e.getMessage());
        }
        SignsDataset train = synthetic
                ? TrainingBenchmark.syntheticSigns(1080, 1)
                : new SignsDataLoader().load(data.resolve()).train();
        if (batchSize > train.size()) {
            throw SignsnetException.usage(
                    "--batch-size " + batchSize + " exceeds the " + train.size() + " training images");
        }
        BenchmarkResult result = new TrainingBenchmark().run(train, options);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(result).strip() : table(result));
        out.flush();
        return 0;
    }

    private int parity() {
        int runEpochs = epochs == null ? TrainingConfig.notebookDefaults().epochs() : epochs;
        if (runEpochs < 1
                || runEpochs > TrainingConfig.MAX_EPOCHS
                || seeds.stream().anyMatch(s -> s < 0)) {
            throw SignsnetException.usage(
                    "--parity needs --epochs in [1, " + TrainingConfig.MAX_EPOCHS + "] and non-negative --seeds");
        }
        PrintWriter out = spec.commandLine().getOut();
        SignsData signs = new SignsDataLoader().load(data.resolve());
        TrainingParity.Table table = new TrainingParity().run(signs, runEpochs, seeds, line -> {
            out.println(line);
            out.flush();
        });
        out.println(json ? Json.write(table).strip() : ParityTable.markdown(table));
        out.flush();
        return 0;
    }

    private static String table(BenchmarkResult r) {
        return String.join(
                System.lineSeparator(),
                String.format("%-28s %s", "layers", r.layers()),
                String.format("%-28s %s, %d threads", "kernels", r.kernels(), r.threads()),
                String.format("%-28s %s", "ND4J backend", r.backend()),
                String.format("%-28s %d", "timed epochs", r.epochs()),
                String.format("%-28s %.3f", "seconds/epoch (median)", r.secondsPerEpochMedian()),
                String.format("%-28s %.3f", "seconds/epoch (min)", r.secondsPerEpochMin()),
                String.format("%-28s %.3f", "CPU seconds/epoch (median)", r.cpuSecondsPerEpochMedian()),
                String.format("%-28s %.0f", "training images/s", r.imagesPerSecondTrain()),
                String.format("%-28s %.0f", "inference images/s", r.imagesPerSecondInference()),
                String.format("%-28s %d", "peak heap (MiB)", r.peakHeapMb()));
    }
}
