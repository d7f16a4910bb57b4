package org.signsnet.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * The content of {@code comparison.json}: one row per compared run, plus the same table as text
 * for the terminal.
 */
public record ComparisonTable(@JsonProperty("runs") List<Row> runs) {
    /**
     * One compared run.
     *
     * @param preset          preset name
     * @param source          "trained" or the model file it was loaded from
     * @param epochs          epochs trained
     * @param trainAccuracy   final train accuracy
     * @param testAccuracy    final test accuracy
     * @param finalCost       mean cost of the last epoch
     * @param secondsTotal    training wall time (from metrics.json for a loaded model)
     * @param parameters      number of trainable parameters
     * @param testAccuracies  test accuracy after each epoch (only the final one for a loaded model)
     */
    public record Row(
            @JsonProperty("preset") String preset,
            @JsonProperty("source") String source,
            @JsonProperty("epochs") int epochs,
            @JsonProperty("train_accuracy") double trainAccuracy,
            @JsonProperty("test_accuracy") double testAccuracy,
            @JsonProperty("final_cost") double finalCost,
            @JsonProperty("seconds_total") double secondsTotal,
            @JsonProperty("parameters") long parameters,
            @JsonProperty("test_accuracy_per_epoch") List<Double> testAccuracies) {
        public Row {
            testAccuracies = List.copyOf(testAccuracies);
        }
    }

    public ComparisonTable {
        runs = List.copyOf(runs);
    }

    /** A fixed-width text table, one line per run. */
    public String format() {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%-10s %7s %10s %10s %10s %10s %9s%n",
                "preset",
                "epochs",
                "train acc",
                "test acc",
                "final cost",
                "params",
                "seconds"));
        for (Row row : runs) {
            text.append(String.format(
                    Locale.ROOT,
                    "%-10s %7d %10.4f %10.4f %10.4f %10d %9.1f%n",
                    row.preset(),
                    row.epochs(),
                    row.trainAccuracy(),
                    row.testAccuracy(),
                    row.finalCost(),
                    row.parameters(),
                    row.secondsTotal()));
        }
        return text.toString();
    }
}
