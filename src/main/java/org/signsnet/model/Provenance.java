package org.signsnet.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Where a saved model came from: its configuration, seeds, library versions and the checksums of
 * the data it was trained on. Written as JSON beside {@code model.zip}.
 */
public record Provenance(
        @JsonProperty("signsnet_version") String signsnetVersion,
        @JsonProperty("created") String created,
        @JsonProperty("preset") String preset,
        @JsonProperty("learning_rate") double learningRate,
        @JsonProperty("epochs") int epochs,
        @JsonProperty("batch_size") int batchSize,
        @JsonProperty("seed") long seed,
        @JsonProperty("init") String init,
        @JsonProperty("fc_op_seed") long fcOpSeed,
        @JsonProperty("dl4j_version") String dl4jVersion,
        @JsonProperty("java_version") String javaVersion,
        @JsonProperty("data_sha256") Map<String, String> dataSha256) {

    public static final String DL4J_VERSION = "1.0.0-M2.1";

    /** Provenance of a model trained now with {@code config} on files with the given checksums. */
    public static Provenance of(TrainingConfig config, Map<String, String> dataSha256) {
        String version = Provenance.class.getPackage().getImplementationVersion();
        return new Provenance(
                version == null ? "development" : version,
                Instant.now().toString(),
                config.preset().name().toLowerCase(Locale.ROOT),
                config.learningRate(),
                config.epochs(),
                config.batchSize(),
                config.seed(),
                config.init().name().toLowerCase(Locale.ROOT),
                config.fcOpSeed(),
                DL4J_VERSION,
                System.getProperty("java.version"),
                Map.copyOf(dataSha256));
    }
}
