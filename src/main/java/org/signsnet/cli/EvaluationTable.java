package org.signsnet.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.signsnet.app.EvaluationResult;
import org.signsnet.io.Json;
import org.signsnet.training.SplitEvaluation;

/** Formats an {@link EvaluationResult} as text: per split, a metrics table and a confusion matrix. */
final class EvaluationTable {
    private EvaluationTable() {}

    static String text(EvaluationResult result) {
        return "Model " + result.model() + "\n\n"
                + String.join(
                        "\n",
                        result.splits().stream().map(EvaluationTable::split).toList());
    }

    static String split(SplitEvaluation e) {
        int width =
                Math.max(5, e.labels().stream().mapToInt(String::length).max().orElse(5));
        String name = "  %" + width + "s";
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "%s set: %d images, accuracy %.2f%% (macro F1 %.3f)%n%n",
                e.split(),
                e.examples(),
                100 * e.accuracy(),
                e.macroF1()));
        s.append(String.format(Locale.ROOT, name + "  precision  recall     F1  support%n", "class"));
        for (int c = 0; c < e.classes(); c++) {
            s.append(String.format(
                    Locale.ROOT,
                    name + "  %9.3f  %6.3f  %5.3f  %7d%n",
                    e.labels().get(c),
                    e.precision()[c],
                    e.recall()[c],
                    e.f1()[c],
                    e.support(c)));
        }
        s.append(String.format(Locale.ROOT, "%n  confusion (rows: true class, columns: predicted)%n"));
        int column = Math.max(5, width + 1);
        s.append(" ".repeat(width + 2));
        for (int p = 0; p < e.classes(); p++) {
            s.append(String.format(Locale.ROOT, "%" + column + "s", e.labels().get(p)));
        }
        s.append('\n');
        for (int c = 0; c < e.classes(); c++) {
            s.append(String.format(Locale.ROOT, name, e.labels().get(c)));
            for (int p = 0; p < e.classes(); p++) {
                s.append(String.format(Locale.ROOT, "%" + column + "d", e.confusion()[c][p]));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** {@code {"model": PATH, "train": {...}, "test": {...}}} (or {@code "all"}), each split with its metrics. */
    static String json(EvaluationResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", result.model().toString());
        for (SplitEvaluation split : result.splits()) {
            root.put(split.split(), split);
        }
        return Json.write(root) + "\n";
    }
}
