package org.signsnet.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.data.SignsData;
import org.signsnet.io.OutputSet;
import org.signsnet.training.Accuracy;
import org.signsnet.training.SplitEvaluation;
import org.signsnet.training.SplitEvaluator;

/**
 * Writes the visual reports of a trained model into a directory: {@code cost.png}
 * ({@link #writeCost}) and {@code accuracy.png} from the run's metrics, when known,
 * {@code confusion.png}, {@code filters.png}, {@code samples.png} and the self-contained
 * {@code report.html} that embeds exactly the images of this report, never older files of the
 * directory. The files go into an {@link OutputSet}, so that the caller moves them into place
 * together or not at all.
 */
public final class ReportWriter {
    public static final String COST_PNG = "cost.png";
    public static final String ACCURACY_PNG = "accuracy.png";
    public static final String CONFUSION_PNG = "confusion.png";
    public static final String FILTERS_PNG = "filters.png";
    public static final String SAMPLES_PNG = "samples.png";
    public static final String REPORT_HTML = "report.html";

    private ReportWriter() {}

    /** {@code cost.png}: the run's costs per epoch, from its metrics, into {@code set}; returns where it is staged. */
    public static Path writeCost(Metrics metrics, OutputSet set) {
        return set.write(
                COST_PNG, file -> CostChart.write(file, metrics.learningRate(), metrics.costs(), metrics.meanCosts()));
    }

    /**
     * Writes the reports of {@code network} on {@code data} into {@code set}.
     *
     * @param metrics the run's metrics, or null when only a model is known (then no accuracy chart
     *                and no hyperparameters in the page)
     * @param earlier images of this set written before (its {@code cost.png}), for the page to show
     */
    public static void write(
            MultiLayerNetwork network, SignsData data, Metrics metrics, OutputSet set, List<Path> earlier) {
        List<Path> images = new ArrayList<>(earlier);
        if (metrics != null && !metrics.accuracyEpochs().isEmpty()) {
            images.add(set.write(ACCURACY_PNG, file -> AccuracyChart.write(file, metrics.accuracyHistory())));
        }
        SplitEvaluation train = SplitEvaluator.of(network, data.train(), "train");
        SplitEvaluation test = SplitEvaluator.of(network, data.test(), "test");
        images.add(set.write(CONFUSION_PNG, file -> ConfusionImage.write(file, test)));
        images.add(set.write(FILTERS_PNG, file -> FilterImage.write(file, network)));
        int[] predicted = Accuracy.predictedClasses(network, data.test().images());
        images.add(set.write(SAMPLES_PNG, file -> SampleGrid.write(file, data.test(), predicted)));
        set.write(REPORT_HTML, file -> HtmlReport.write(file, metrics, train, test, images));
    }
}
