package org.signsnet.app;

import java.nio.file.Path;
import java.util.List;
import org.signsnet.data.ClassNames;
import org.signsnet.data.SignsData;
import org.signsnet.io.Json;
import org.signsnet.io.OutputSet;
import org.signsnet.model.ModelStore;
import org.signsnet.model.Provenance;
import org.signsnet.report.Metrics;
import org.signsnet.report.ReportWriter;
import org.signsnet.training.AccuracyHistory;
import org.signsnet.training.TrainingResult;

/**
 * Writes everything a finished run leaves in its output directory: the trained model
 * ({@code model.zip} and {@code model.provenance.json}, saved by {@link ModelStore}),
 * {@code metrics.json}, {@code cost.png} and, given the data, the visual reports that
 * {@link ReportWriter} draws, as one {@link OutputSet}: a failure (a full disk) leaves none of them.
 * {@code train}, {@code compare} and a stopped run's partial reports all write through here.
 */
public final class RunOutputs {
    public static final String METRICS_JSON = "metrics.json";
    public static final String MODEL_ZIP = "model.zip";

    private RunOutputs() {}

    /** Writes the run's model, metrics and cost chart into {@code outDir} (created if needed), all or none; the model's classes are {@code classes}. */
    static void write(TrainingResult result, ClassNames classes, Provenance provenance, Path outDir) {
        try (OutputSet set = OutputSet.in(outDir)) {
            writeRun(result, Metrics.of(result), classes, provenance, set);
            set.commit();
        }
    }

    /**
     * Writes the run's model, metrics and cost chart and the visual reports of {@link ReportWriter}
     * ({@code accuracy.png}, {@code confusion.png}, {@code filters.png}, {@code samples.png},
     * {@code report.html}), all or none.
     */
    static void write(
            TrainingResult result, Provenance provenance, Path outDir, SignsData data, AccuracyHistory accuracies) {
        Metrics metrics = Metrics.of(result, accuracies);
        try (OutputSet set = OutputSet.in(outDir)) {
            Path cost = writeRun(result, metrics, data.classNames(), provenance, set);
            ReportWriter.write(result.network(), data, metrics, set, List.of(cost));
            set.commit();
        }
    }

    /** cost.png, metrics.json, the model and its provenance into {@code set}; returns cost.png's staged path. */
    private static Path writeRun(
            TrainingResult result, Metrics metrics, ClassNames classes, Provenance provenance, OutputSet set) {
        Path cost = ReportWriter.writeCost(metrics, set);
        set.write(METRICS_JSON, file -> Json.writeFile(file, metrics));
        set.write(MODEL_ZIP, file -> ModelStore.save(result.network(), classes, provenance, file));
        return cost;
    }
}
