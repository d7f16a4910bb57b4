package org.signsnet.report;

import java.nio.file.Path;
import java.util.List;
import org.signsnet.data.ClassNames;
import org.signsnet.data.SignsData;
import org.signsnet.io.Json;
import org.signsnet.model.ModelStore;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.Provenance;
import org.signsnet.training.AccuracyHistory;
import org.signsnet.training.TrainingResult;

/**
 * Writes everything a finished run leaves in its output directory: {@code cost.png},
 * {@code metrics.json}, {@code model.zip} and {@code model.provenance.json}, and, given the data,
 * the visual reports of {@link ReportWriter}. Each file is written atomically.
 */
public final class RunReport {
    public static final String COST_PNG = "cost.png";
    public static final String METRICS_JSON = "metrics.json";
    public static final String MODEL_ZIP = "model.zip";

    private RunReport() {}

    /** Writes the run's outputs into {@code outDir} (created if needed) for a network of SIGNS' numbered classes. */
    public static void write(TrainingResult result, Provenance provenance, Path outDir) {
        write(result, ClassNames.numbered(NotebookNetworks.classes(result.network())), provenance, outDir);
    }

    /** Writes the run's outputs into {@code outDir} (created if needed); the model's classes are {@code classes}. */
    public static void write(TrainingResult result, ClassNames classes, Provenance provenance, Path outDir) {
        writeRun(result, Metrics.of(result), classes, provenance, outDir);
    }

    /**
     * Writes the run's outputs and the visual reports of {@link ReportWriter} ({@code cost.png},
     * {@code accuracy.png}, {@code confusion.png}, {@code filters.png}, {@code samples.png},
     * {@code report.html}).
     */
    public static void write(
            TrainingResult result, Provenance provenance, Path outDir, SignsData data, AccuracyHistory accuracies) {
        Metrics metrics = Metrics.of(result, accuracies);
        Path cost = writeRun(result, metrics, data.classNames(), provenance, outDir);
        ReportWriter.write(result.network(), data, metrics, outDir, List.of(cost));
    }

    /** cost.png first (a failure there leaves no output), then metrics.json and the model; returns cost.png. */
    private static Path writeRun(
            TrainingResult result, Metrics metrics, ClassNames classes, Provenance provenance, Path outDir) {
        Path cost = ReportWriter.writeCost(metrics, outDir);
        Json.writeFile(outDir.resolve(METRICS_JSON), metrics);
        ModelStore.save(result.network(), classes, provenance, outDir.resolve(MODEL_ZIP));
        return cost;
    }
}
