package org.signsnet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.io.Json;
import org.signsnet.io.OutputLock;
import org.signsnet.io.OutputSet;
import org.signsnet.model.ModelStore;
import org.signsnet.report.Metrics;
import org.signsnet.report.ReportWriter;

/**
 * {@code signsnet report}: the reports {@code signsnet train} writes, made again from a saved
 * model. When the model's directory holds the run's {@code metrics.json}, the cost and accuracy
 * charts and the hyperparameters come from it; otherwise only the model-based reports are made.
 */
public final class ReportJob {
    private ReportJob() {}

    /**
     * What a report run wrote.
     *
     * @param files   the files written, in order
     * @param metrics the metrics.json found beside the model, or null
     * @param seconds wall time
     */
    public record Result(List<Path> files, Metrics metrics, double seconds) {
        public Result {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes the reports of the model in {@code modelFile} on the data in {@code dataDir} into
     * {@code outDir}, holding the directory's {@link OutputLock} so that no other run writes there
     * meanwhile.
     */
    public static Result run(Path modelFile, Path dataDir, Path outDir) {
        long start = System.nanoTime();
        MultiLayerNetwork network = ModelStore.load(modelFile);
        SignsData data = new SignsDataLoader().load(dataDir).inClassesOf(ModelStore.classNames(modelFile, network));
        Metrics metrics = metricsBeside(modelFile);
        try (OutputLock lock = OutputLock.acquire(outDir);
                OutputSet set = OutputSet.in(outDir)) {
            List<Path> earlier = metrics == null ? List.of() : List.of(ReportWriter.writeCost(metrics, set));
            ReportWriter.write(network, data, metrics, set, earlier);
            return new Result(set.commit(), metrics, (System.nanoTime() - start) / 1e9);
        }
    }

    /** The run's {@code metrics.json} in the model's directory, or null if there is none. */
    static Metrics metricsBeside(Path modelFile) {
        Path file = modelFile.toAbsolutePath().resolveSibling(RunOutputs.METRICS_JSON);
        return Files.isRegularFile(file) ? Json.readFile(file, Metrics.class) : null;
    }
}
