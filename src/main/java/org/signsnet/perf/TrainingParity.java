package org.signsnet.perf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.signsnet.data.SignsData;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.TrainingConfig;
import org.signsnet.training.Trainer;
import org.signsnet.training.TrainingResult;

/**
 * Trains the notebook's network on signsnet's fast layers and on DL4J's stock layers with the same
 * seeds, and tabulates the final train and test accuracy of each run: the evidence that the fast
 * layers train as well as the stock ones ({@code signsnet bench --parity}). Every run starts, as the
 * notebook's, from TensorFlow's initial weights: the first row is the notebook's own run (shuffle
 * seed 3, fully connected op seed 39); each further seed {@code s} shuffles with seed {@code s} and
 * initialises the fully connected layer with op seed {@code s}.
 */
public final class TrainingParity {

    /** One seed's two runs. */
    public record Row(
            @JsonProperty("run") String run,
            @JsonProperty("fast_train_accuracy") double fastTrain,
            @JsonProperty("fast_test_accuracy") double fastTest,
            @JsonProperty("stock_train_accuracy") double stockTrain,
            @JsonProperty("stock_test_accuracy") double stockTest,
            @JsonProperty("fast_seconds") double fastSeconds,
            @JsonProperty("stock_seconds") double stockSeconds) {}

    /** All rows, and the means the criterion compares. */
    public record Table(
            @JsonProperty("epochs") int epochs,
            @JsonProperty("rows") List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }

        public double meanFastTest() {
            return rows.stream().mapToDouble(Row::fastTest).average().orElse(Double.NaN);
        }

        public double meanStockTest() {
            return rows.stream().mapToDouble(Row::stockTest).average().orElse(Double.NaN);
        }

        public double meanFastTrain() {
            return rows.stream().mapToDouble(Row::fastTrain).average().orElse(Double.NaN);
        }

        public double meanStockTrain() {
            return rows.stream().mapToDouble(Row::stockTrain).average().orElse(Double.NaN);
        }
    }

    /** The runs: the notebook's, then one per seed; {@code progress} hears of each finished run. */
    public Table run(SignsData data, int epochs, List<Long> seeds, Consumer<String> progress) {
        List<TrainingConfig> configs = new ArrayList<>();
        configs.add(TrainingConfig.notebookDefaults().withEpochs(epochs));
        for (long seed : seeds) {
            configs.add(TrainingConfig.notebookDefaults()
                    .withEpochs(epochs)
                    .withSeed(seed)
                    .withFcOpSeed(seed));
        }
        List<Row> rows = new ArrayList<>();
        for (TrainingConfig config : configs) {
            String name = "seed " + config.seed() + ", fc op seed " + config.fcOpSeed()
                    + (config.equals(configs.get(0)) ? " (the notebook's)" : "");
            TrainingResult fast = train(data, config.withPreset(ModelPreset.NOTEBOOK), name, progress);
            TrainingResult stock = train(data, config.withPreset(ModelPreset.NOTEBOOK_STOCK), name, progress);
            rows.add(new Row(
                    name,
                    fast.trainAccuracy(),
                    fast.testAccuracy(),
                    stock.trainAccuracy(),
                    stock.testAccuracy(),
                    fast.secondsTotal(),
                    stock.secondsTotal()));
        }
        return new Table(epochs, rows);
    }

    private static TrainingResult train(SignsData data, TrainingConfig config, String name, Consumer<String> progress) {
        TrainingResult result = new Trainer().train(data, config);
        progress.accept(String.format(
                Locale.ROOT,
                "%s, %s layers: train %.4f, test %.4f (%.0f s)",
                name,
                config.preset().fastLayers() ? "fast" : "stock",
                result.trainAccuracy(),
                result.testAccuracy(),
                result.secondsTotal()));
        return result;
    }
}
