package org.signsnet.report;

import java.nio.file.Path;
import java.util.List;
import org.signsnet.data.ClassNames;
import org.signsnet.data.SignsData;
import org.signsnet.io.Json;
import org.signsnet.io.OutputSet;
import org.signsnet.model.ModelStore;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.Provenance;
import org.signsnet.training.AccuracyHistory;
import org.signsnet.training.TrainingResult;

/**
 * Writes everything a finished run leaves in its output directory: {@code cost.png},
 * {@code metrics.json}, {@code model.zip} and {@code model.provenance.json}, and, given the data,
 * the visual reports of {@link ReportWriter}, as one {@link OutputSet}: a failure (a full disk)
 * leaves none of them.
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

    /** Writes the run's outputs into {@code outDir} (created if needed), all or none; the model's classes are {@code classes}. */
    public static void write(TrainingResult result, ClassNames classes, Provenance provenance, Path outDir) {
        try (OutputSet set = OutputSet.in(outDir)) {
            writeRun(result, Metrics.of(result), classes, provenance, set);
            set.commit();
        }
    }

    /**
     * Writes the run's outputs and the visual reports of {@link ReportWriter} ({@code cost.png},
     * {@code accuracy.png}, {@code confusion.png}, {@code filters.png}, {@code samples.png},
     * {@code report.html}), all or none.
     */
    public static void write(
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
