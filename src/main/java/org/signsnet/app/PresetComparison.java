package org.signsnet.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.SignsnetException;
import org.signsnet.data.SignsData;
import org.signsnet.io.Json;
import org.signsnet.model.ModelStore;
import org.signsnet.model.Provenance;
import org.signsnet.model.TrainingConfig;
import org.signsnet.report.ComparisonChart;
import org.signsnet.report.ComparisonTable;
import org.signsnet.report.Metrics;
import org.signsnet.training.Accuracy;
import org.signsnet.training.AccuracyTracker;
import org.signsnet.training.EpochListener;
import org.signsnet.training.Trainer;
import org.signsnet.training.TrainingControl;
import org.signsnet.training.TrainingResult;

/**
 * {@code signsnet compare}: trains (or loads) two runs, usually the notebook and the improved
 * preset, and writes {@code comparison.png} and {@code comparison.json} side by side with each run's
 * own outputs ({@code OUT/notebook/}, {@code OUT/improved/}: cost.png, metrics.json, model.zip).
 */
public final class PresetComparison {
    public static final String COMPARISON_PNG = "comparison.png";
    public static final String COMPARISON_JSON = "comparison.json";

    /** What to compare: train with {@code config}, or load {@code model} (with its metrics.json beside it). */
    public record Entry(TrainingConfig config, Path model) {
        public static Entry train(TrainingConfig config) {
            return new Entry(config, null);
        }

        public static Entry load(TrainingConfig config, Path model) {
            return new Entry(config, model);
        }

        /** The preset's name in lower case, as the table, the chart and the output folder show it. */
        public String name() {
            return config.preset().name().toLowerCase(Locale.ROOT);
        }
    }

    private final EpochListener listener;
    private final TrainingControl control;

    public PresetComparison(EpochListener listener, TrainingControl control) {
        this.listener = listener;
        this.control = control;
    }

    /** Runs every entry on the data in {@code dataDir} and writes the comparison into {@code outDir}. */
    public ComparisonTable run(Path dataDir, Path outDir, List<Entry> entries) {
        return run(TrainingJob.load(dataDir), outDir, entries);
    }

    /** Runs every entry on {@code data} (e.g. a subset, in tests) and writes the comparison into {@code outDir}. */
    public ComparisonTable run(SignsData data, Path outDir, List<Entry> entries) {
        List<ComparisonTable.Row> rows = new ArrayList<>();
        List<ComparisonChart.Curves> curves = new ArrayList<>();
        Map<String, String> checksums =
                entries.stream().anyMatch(entry -> entry.model() == null) ? TrainingJob.checksums(data) : Map.of();
        for (Entry entry : entries) {
            Compared compared = entry.model() == null ? train(data, checksums, outDir, entry) : load(data, entry);
            rows.add(compared.row());
            curves.add(compared.curves());
        }
        ComparisonTable table = new ComparisonTable(rows);
        ComparisonChart.write(outDir.resolve(COMPARISON_PNG), curves);
        Json.writeFile(outDir.resolve(COMPARISON_JSON), table);
        return table;
    }

    /** One entry's line in the table and its curves in the chart. */
    private record Compared(ComparisonTable.Row row, ComparisonChart.Curves curves) {}

    /** A trained run: mean cost and test accuracy after every epoch; {@code checksums} of the data files. */
    private Compared train(SignsData data, Map<String, String> checksums, Path outDir, Entry entry) {
        AccuracyTracker accuracies = new AccuracyTracker(data, 1, entry.config().epochs() - 1);
        TrainingResult result =
                new Trainer(EpochListener.all(List.of(listener, accuracies)), control).train(data, entry.config());
        List<Double> testAccuracies = accuracies.history().test();
        RunOutputs.write(
                result, data.classNames(), Provenance.of(entry.config(), checksums), outDir.resolve(entry.name()));
        List<Double> costs = result.meanCosts();
        ComparisonTable.Row row = new ComparisonTable.Row(
                entry.name(),
                "trained",
                costs.size(),
                result.trainAccuracy(),
                result.testAccuracy(),
                costs.get(costs.size() - 1),
                result.secondsTotal(),
                result.network().numParams(),
                testAccuracies);
        return new Compared(row, new ComparisonChart.Curves(entry.name(), costs, testAccuracies));
    }

    /**
     * A loaded model: its accuracies measured now; its curves from the metrics.json beside it: the
     * accuracy history recorded there (every 5th epoch and the last), else only the final accuracy.
     */
    private static Compared load(SignsData data, Entry entry) {
        MultiLayerNetwork network = ModelStore.load(entry.model());
        Metrics metrics = metricsOf(entry.model());
        double test = Accuracy.of(network, data.test());
        List<Double> costs = metrics.meanCosts();
        ComparisonTable.Row row = new ComparisonTable.Row(
                entry.name(),
                entry.model().toString(),
                costs.size(),
                Accuracy.of(network, data.train()),
                test,
                costs.isEmpty() ? Double.NaN : costs.get(costs.size() - 1),
                metrics.secondsTotal(),
                network.numParams(),
                List.of(test));
        ComparisonChart.Curves curves = metrics.testAccuracies().isEmpty()
                ? new ComparisonChart.Curves(entry.name(), costs, List.of(test))
                : new ComparisonChart.Curves(entry.name(), costs, metrics.accuracyEpochs(), metrics.testAccuracies());
        return new Compared(row, curves);
    }

    /** The metrics.json written beside a model by {@code signsnet train}. */
    static Metrics metricsOf(Path model) {
        Metrics metrics = ReportJob.metricsBeside(model);
        if (metrics == null) {
            throw SignsnetException.usage("no " + RunOutputs.METRICS_JSON + " beside " + model
                    + ": give a model.zip from a 'signsnet train' output directory");
        }
        return metrics;
    }
}
