package org.signsnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.signsnet.SignsnetException;
import org.signsnet.app.PresetComparison;
import org.signsnet.app.PresetComparison.Entry;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.TrainingConfig;
import org.signsnet.report.ComparisonTable;
import org.signsnet.training.EpochListener;
import org.signsnet.training.TrainingControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signsnet compare}: the notebook preset against the improved one, as a chart and a table. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Train (or load) the notebook and the improved preset and write comparison.png "
                    + "(cost and test accuracy per epoch) and comparison.json; each trained run's own outputs go "
                    + "to OUT/notebook/ and OUT/improved/.",
            "Each preset trains with its defaults (see 'signsnet train --help')."
        })
public final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private ThreadsOption threads;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "reports/compare",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(
            names = "--notebook-model",
            paramLabel = "FILE",
            description = "Load this notebook model.zip (metrics.json beside it) instead of training one.")
    private Path notebookModel;

    @Option(
            names = "--improved-model",
            paramLabel = "FILE",
            description = "Load this improved model.zip (metrics.json beside it) instead of training one.")
    private Path improvedModel;

    @Option(
            names = "--notebook-epochs",
            paramLabel = "N",
            description = "Epochs of the notebook run (default: its preset's, 100).")
    private Integer notebookEpochs;

    @Option(
            names = "--improved-epochs",
            paramLabel = "N",
            description = "Epochs of the improved run (default: its preset's, 25).")
    private Integer improvedEpochs;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of both runs (default: 3).")
    private Long seed;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        List<Entry> entries = List.of(
                entry(ModelPreset.NOTEBOOK, notebookEpochs, notebookModel),
                entry(ModelPreset.IMPROVED, improvedEpochs, improvedModel));
        Path dataDir = data.resolve();
        EpochListener progress = new NotebookCostPrinter(stdout);
        for (Entry entry : entries) {
            stdout.printf(
                    "%s: %s%n",
                    entry.name(),
                    entry.model() == null
                            ? "training " + entry.config().epochs() + " epochs"
                            : "loading " + entry.model());
        }
        stdout.flush();
        ComparisonTable table = new PresetComparison(progress, new TrainingControl()).run(dataDir, out, entries);
        stdout.print(table.format());
        stdout.printf(
                "Wrote %s and %s to %s%n", PresetComparison.COMPARISON_PNG, PresetComparison.COMPARISON_JSON, out);
        stdout.flush();
        return 0;
    }

    private Entry entry(ModelPreset preset, Integer epochs, Path model) {
        try {
            TrainingConfig config = TrainCommand.config(preset, epochs, null, null, seed, null, null);
            return model == null ? Entry.train(config) : Entry.load(config, model);
        } catch (IllegalArgumentException e) {
            throw SignsnetException.usage("invalid option: " + e.getMessage());
        }
    }
}
