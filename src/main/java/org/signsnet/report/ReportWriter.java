package org.signsnet.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.data.SignsData;
import org.signsnet.training.Accuracy;
import org.signsnet.training.SplitEvaluation;
import org.signsnet.training.SplitEvaluator;

/**
 * Writes the visual reports of a trained model into a directory: {@code cost.png}
 * ({@link #writeCost}) and {@code accuracy.png} from the run's metrics, when known,
 * {@code confusion.png}, {@code filters.png}, {@code samples.png} and the self-contained
 * {@code report.html} that embeds exactly the images of this report, never older files of the
 * directory. Each file is written atomically.
 */
public final class ReportWriter {
    public static final String ACCURACY_PNG = "accuracy.png";
    public static final String CONFUSION_PNG = "confusion.png";
    public static final String FILTERS_PNG = "filters.png";
    public static final String SAMPLES_PNG = "samples.png";
    public static final String REPORT_HTML = "report.html";

    private ReportWriter() {}

    /** {@code cost.png}: the run's costs per epoch, from its metrics; returns the file. */
    public static Path writeCost(Metrics metrics, Path outDir) {
        Path file = outDir.resolve(RunReport.COST_PNG);
        CostChart.write(file, metrics.learningRate(), metrics.costs(), metrics.meanCosts());
        return file;
    }

    /**
     * Writes the reports of {@code network} on {@code data} into {@code outDir}.
     *
     * @param metrics the run's metrics, or null when only a model is known (then no accuracy chart
     *                and no hyperparameters in the page)
     * @param earlier images this report wrote before (its {@code cost.png}), for the page to show
     * @return the files written here, in order
     */
    public static List<Path> write(
            MultiLayerNetwork network, SignsData data, Metrics metrics, Path outDir, List<Path> earlier) {
        List<Path> written = new ArrayList<>();
        if (metrics != null && !metrics.accuracyEpochs().isEmpty()) {
            AccuracyChart.write(add(written, outDir, ACCURACY_PNG), metrics.accuracyHistory());
        }
        SplitEvaluation train = SplitEvaluator.of(network, data.train(), "train");
        SplitEvaluation test = SplitEvaluator.of(network, data.test(), "test");
        ConfusionImage.write(add(written, outDir, CONFUSION_PNG), test);
        FilterImage.write(add(written, outDir, FILTERS_PNG), network);
        SampleGrid.write(
                add(written, outDir, SAMPLES_PNG),
                data.test(),
                Accuracy.predictedClasses(network, data.test().images()));
        List<Path> images = new ArrayList<>(earlier);
        images.addAll(written);
        HtmlReport.write(add(written, outDir, REPORT_HTML), metrics, train, test, images);
        return written;
    }

    private static Path add(List<Path> written, Path outDir, String name) {
        Path file = outDir.resolve(name);
        written.add(file);
        return file;
    }
}
