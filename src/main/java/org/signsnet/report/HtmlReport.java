package org.signsnet.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.signsnet.io.AtomicFiles;
import org.signsnet.training.SplitEvaluation;

/**
 * {@code report.html}: one self-contained page (no external files: every PNG is embedded as a
 * base64 data URI) with the run's hyperparameters, its metrics, the test set's per-class scores and
 * the report images written with it.
 */
public final class HtmlReport {
    /** The images the page shows, in order, with their captions, when written with it. */
    static final List<String[]> FIGURES = List.of(
            new String[] {ReportWriter.COST_PNG, "Cost per epoch"},
            new String[] {ReportWriter.ACCURACY_PNG, "Train and test accuracy per epoch"},
            new String[] {ReportWriter.CONFUSION_PNG, "Test-set confusion matrix"},
            new String[] {ReportWriter.SAMPLES_PNG, "Test images with predicted and true labels"},
            new String[] {ReportWriter.FILTERS_PNG, "First-layer filters"});

    private HtmlReport() {}

    /**
     * The page for a run ({@code metrics} may be null when only a model was given), showing those of
     * {@link #FIGURES} that are among {@code images}.
     */
    public static String html(Metrics metrics, SplitEvaluation train, SplitEvaluation test, List<Path> images) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<title>signsnet report</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1040px;margin:2em auto;color:#222}\n")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 12px;")
                .append("text-align:right}th{background:#f0f0f0}img{max-width:100%;border:1px solid #ddd}\n")
                .append("</style></head><body>\n<h1>signsnet: SIGNS ConvNet report</h1>\n");
        if (metrics != null) {
            h.append(hyperparameters(metrics));
        }
        h.append(String.format(
                Locale.ROOT,
                "<h2>Metrics</h2>\n<table><tr><th>split</th><th>images</th>"
                        + "<th>accuracy</th><th>macro F1</th></tr>\n%s%s</table>\n",
                row(train),
                row(test)));
        h.append(perClass(test));
        for (String[] figure : FIGURES) {
            images.stream()
                    .filter(image -> image.getFileName().toString().equals(figure[0]))
                    .findFirst()
                    .ifPresent(image -> h.append(figure(image, figure[1])));
        }
        return h.append("</body></html>\n").toString();
    }

    public static void write(
            Path target, Metrics metrics, SplitEvaluation train, SplitEvaluation test, List<Path> images) {
        AtomicFiles.writeString(target, html(metrics, train, test, images));
    }

    private static String hyperparameters(Metrics m) {
        return String.format(
                Locale.ROOT,
                "<h2>Run</h2>\n<table><tr><th>preset</th><th>epochs</th><th>learning rate</th>"
                        + "<th>minibatch</th><th>seed</th><th>init</th><th>training time</th></tr>\n"
                        + "<tr><td>%s</td><td>%d</td><td>%s</td><td>%d</td><td>%d</td><td>%s</td><td>%.1f s (%.2f s/epoch)</td>"
                        + "</tr></table>\n",
                m.preset(),
                m.epochs(),
                m.learningRate(),
                m.batchSize(),
                m.seed(),
                m.init(),
                m.secondsTotal(),
                m.secondsPerEpoch());
    }

    private static String row(SplitEvaluation e) {
        return String.format(
                Locale.ROOT,
                "<tr><td>%s</td><td>%d</td><td>%.2f%%</td><td>%.3f</td></tr>\n",
                e.split(),
                e.examples(),
                100 * e.accuracy(),
                e.macroF1());
    }

    private static String perClass(SplitEvaluation e) {
        StringBuilder t = new StringBuilder("<h2>Test set, per class</h2>\n<table><tr><th>class</th><th>precision</th>"
                + "<th>recall</th><th>F1</th><th>support</th></tr>\n");
        for (int c = 0; c < e.classes(); c++) {
            t.append(String.format(
                    Locale.ROOT,
                    "<tr><td>%s</td><td>%.3f</td><td>%.3f</td><td>%.3f</td><td>%d</td></tr>\n",
                    escape(e.labels().get(c)),
                    e.precision()[c],
                    e.recall()[c],
                    e.f1()[c],
                    e.support(c)));
        }
        return t.append("</table>\n").toString();
    }

    /** {@code text} fit for HTML: a class name is a folder's name, which may hold {@code <} or {@code &}. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String figure(Path png, String caption) {
        try {
            String data = Base64.getEncoder().encodeToString(Files.readAllBytes(png));
            return "<h2>" + caption + "</h2>\n<img alt=\"" + caption + "\" src=\"data:image/png;base64," + data
                    + "\">\n";
        } catch (IOException e) {
            return "<p>(" + png.getFileName() + " could not be read)</p>\n";
        }
    }
}
