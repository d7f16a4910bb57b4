package org.signsnet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.signsnet.SignsnetException;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.data.SignsDataset;
import org.signsnet.io.Json;
import org.signsnet.perf.BenchmarkResult;
import org.signsnet.perf.TrainingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code signsnet bench}: how fast the notebook model trains and predicts on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time training epochs (after one warm-up epoch) and inference of the notebook's ConvNet on SIGNS.",
            "Prints a table, or one JSON object with --json."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private VerboseOption verbose;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "30",
            description = "Timed epochs after the warm-up epoch, 1..10000 (default: ${DEFAULT-VALUE}; the JIT is "
                    + "still compiling the Java kernels during the first few, so short runs read slower).")
    private int epochs;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "64",
            description = "Minibatch size (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--reference", description = "Use DL4J's stock convolution and pooling layers (the notebook_stock preset) instead of the fast ones.")
    private boolean reference;

    @Option(names = "--synthetic", description = "Random images of the SIGNS training set's shape instead of the data files.")
    private boolean synthetic;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        TrainingBenchmark.Options options;
        try {
            options = new TrainingBenchmark.Options(epochs, batchSize, reference);
        } catch (IllegalArgumentException e) {
            throw SignsnetException.usage("invalid option: " + e.getMessage());
        }
        SignsDataset train = synthetic ? TrainingBenchmark.syntheticSigns(1080, 1)
                : new SignsDataLoader().load(data.resolve()).train();
        if (batchSize > train.size()) {
            throw SignsnetException.usage("--batch-size " + batchSize + " exceeds the " + train.size() + " training images");
        }
        BenchmarkResult result = new TrainingBenchmark().run(train, options);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(result).strip() : table(result));
        out.flush();
        return 0;
    }

    private static String table(BenchmarkResult r) {
        return String.join(System.lineSeparator(),
                String.format("%-28s %s", "convolution", r.convolution()),
                String.format("%-28s %s", "native classifier", r.nativeClassifier()),
                String.format("%-28s %s, %d threads", "backend", r.backend(), r.threads()),
                String.format("%-28s %d", "timed epochs", r.epochs()),
                String.format("%-28s %.3f", "seconds/epoch (median)", r.secondsPerEpochMedian()),
                String.format("%-28s %.3f", "seconds/epoch (min)", r.secondsPerEpochMin()),
                String.format("%-28s %.3f", "CPU seconds/epoch (median)", r.cpuSecondsPerEpochMedian()),
                String.format("%-28s %.0f", "training images/s", r.imagesPerSecondTrain()),
                String.format("%-28s %.0f", "inference images/s", r.imagesPerSecondInference()),
                String.format("%-28s %d", "peak heap (MiB)", r.peakHeapMb()));
    }
}
