package org.signsnet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.SignsnetException;
import org.signsnet.data.ClassNames;
import org.signsnet.data.RealSignsData;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.io.Json;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.Provenance;
import org.signsnet.model.TrainingConfig;
import org.signsnet.report.ComparisonTable;
import org.signsnet.training.EpochListener;
import org.signsnet.training.EpochRecord;
import org.signsnet.training.TrainingControl;
import org.signsnet.training.TrainingResult;

class PresetComparisonTest {
    @TempDir
    Path dir;

    /** An untrained network saved as 'signsnet train' would save it, with made-up costs. */
    private Path savedRun(ModelPreset preset, String name) {
        TrainingConfig config = preset.defaults().withEpochs(2);
        MultiLayerNetwork network = NotebookNetworks.create(config);
        TrainingResult result = new TrainingResult(
                config,
                network,
                List.of(new EpochRecord(0, 1.9, 1.8, 1.0), new EpochRecord(1, 1.7, 1.6, 1.0)),
                0.2,
                0.2,
                2.0);
        Path out = dir.resolve(name);
        RunOutputs.write(
                result, ClassNames.numbered(NotebookNetworks.classes(network)), Provenance.of(config, Map.of()), out);
        return out.resolve(RunOutputs.MODEL_ZIP);
    }

    @Test
    void comparesTwoSavedRunsAndWritesChartAndJson() throws Exception {
        Path data = RealSignsData.directory();
        Path notebook = savedRun(ModelPreset.NOTEBOOK, "nb");
        Path improved = savedRun(ModelPreset.IMPROVED, "im");
        Path out = dir.resolve("compare");
        ComparisonTable table = new PresetComparison(EpochListener.none(), new TrainingControl())
                .run(
                        data,
                        out,
                        List.of(
                                PresetComparison.Entry.load(ModelPreset.NOTEBOOK.defaults(), notebook),
                                PresetComparison.Entry.load(ModelPreset.IMPROVED.defaults(), improved)));
        assertThat(table.runs()).extracting(ComparisonTable.Row::preset).containsExactly("notebook", "improved");
        assertThat(table.runs().get(0).epochs()).isEqualTo(2);
        assertThat(table.runs().get(0).finalCost()).isEqualTo(1.6);
        assertThat(table.runs().get(1).testAccuracy()).isBetween(0.0, 1.0);
        assertThat(table.runs().get(1).testAccuracies())
                .containsExactly(table.runs().get(1).testAccuracy());
        assertThat(out.resolve(PresetComparison.COMPARISON_PNG)).isRegularFile();
        JsonNode json = Json.mapper()
                .readTree(out.resolve(PresetComparison.COMPARISON_JSON).toFile());
        assertThat(json.get("runs").get(1).get("preset").asText()).isEqualTo("improved");
        assertThat(json.get("runs").get(1).get("test_accuracy_per_epoch").size())
                .isEqualTo(1);
    }

    @Test
    void trainsBothPresetsRecordingTestAccuracyPerEpochAndWritesEachRunsOutputs() {
        SignsData full = new SignsDataLoader().load(RealSignsData.directory());
        SignsData tiny = new SignsData(
                full.train().subset(IntStream.range(0, 64).toArray()),
                full.test().subset(IntStream.range(0, 16).toArray()));
        Path out = dir.resolve("trained");
        ComparisonTable table = new PresetComparison(EpochListener.none(), new TrainingControl())
                .run(
                        tiny,
                        out,
                        List.of(
                                PresetComparison.Entry.train(
                                        ModelPreset.NOTEBOOK.defaults().withEpochs(2)),
                                PresetComparison.Entry.train(
                                        ModelPreset.IMPROVED.defaults().withEpochs(2))));
        assertThat(table.runs()).allSatisfy(row -> {
            assertThat(row.source()).isEqualTo("trained");
            assertThat(row.epochs()).isEqualTo(2);
            assertThat(row.testAccuracies()).hasSize(2);
            assertThat(row.testAccuracies().get(1)).isEqualTo(row.testAccuracy());
        });
        assertThat(out.resolve("notebook").resolve(RunOutputs.MODEL_ZIP)).isRegularFile();
        assertThat(out.resolve("improved").resolve(RunOutputs.METRICS_JSON)).isRegularFile();
        assertThat(out.resolve(PresetComparison.COMPARISON_PNG)).isRegularFile();
    }

    @Test
    void aModelWithoutMetricsBesideItIsAUsageError() throws Exception {
        Path model = savedRun(ModelPreset.NOTEBOOK, "nb");
        Files.delete(model.resolveSibling(RunOutputs.METRICS_JSON));
        assertThatThrownBy(() -> PresetComparison.metricsOf(model))
                .isInstanceOf(SignsnetException.class)
                .hasMessageContaining("metrics.json");
    }
}
