package org.signsnet.cli;

import java.util.List;
import java.util.Locale;
import org.signsnet.io.Json;
import org.signsnet.predict.Prediction;
import org.signsnet.predict.PredictionJson;

/** Formats {@link Prediction}s as a text table (predicted class and top 3) or as JSON. */
final class PredictionTable {
    static final int TOP = 3;

    private PredictionTable() {}

    /** One row per image: file, predicted class (its name), then the top-3 classes with their probabilities. */
    static String text(List<Prediction> predictions) {
        int width = Math.max(
                5,
                predictions.stream()
                        .mapToInt(p -> p.image().toString().length())
                        .max()
                        .orElse(5));
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                                Locale.ROOT,
                                "%-" + width + "s  %9s  %-9s %-9s %-9s%n",
                                "image",
                                "predicted",
                                "top 1",
                                "top 2",
                                "top 3")
                        .stripTrailing())
                .append('\n');
        table.append("-".repeat(width + 2 + 9 + 2 + 30)).append('\n');
        for (Prediction p : predictions) {
            table.append(String.format(Locale.ROOT, "%-" + width + "s  %9s ", p.image(), p.label()));
            for (int c : p.topClasses(TOP)) {
                table.append(String.format(
                        Locale.ROOT, " %s: %5.1f%%", p.classNames().name(c), 100 * p.probability(c)));
            }
            table.append('\n');
        }
        return table.toString();
    }

    /** {@code [{"image": PATH, "predicted": CLASS, "label": NAME, "probabilities": [p0, ...], "classes": [...]}, ...]}. */
    static String json(List<Prediction> predictions) {
        return Json.write(predictions.stream().map(PredictionJson::of).toList()) + "\n";
    }
}
