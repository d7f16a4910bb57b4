package org.signsnet.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataset;

/** {@code bench --parity} trains both layer kinds per seed and tabulates their accuracies (tiny data, no timing). */
class TrainingParityTest {

    @Test
    void trainsTheNotebooksRunAndOneRunPerSeedOnBothLayerKinds() {
        SignsDataset train = TrainingBenchmark.syntheticSigns(72, 1);
        SignsDataset test = TrainingBenchmark.syntheticSigns(12, 2);
        List<String> progress = new ArrayList<>();
        TrainingParity.Table table =
                new TrainingParity().run(new SignsData(train, test), 2, List.of(7L), progress::add);

        assertThat(table.epochs()).isEqualTo(2);
        assertThat(table.rows())
                .extracting(TrainingParity.Row::run)
                .containsExactly("seed 3, fc op seed 39 (the notebook's)", "seed 7, fc op seed 7");
        assertThat(progress)
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).containsPattern("(fast|stock) layers: train"));
        for (TrainingParity.Row row : table.rows()) {
            assertThat(List.of(row.fastTrain(), row.fastTest(), row.stockTrain(), row.stockTest()))
                    .allSatisfy(accuracy -> assertThat(accuracy).isBetween(0.0, 1.0));
        }
        assertThat(table.meanFastTest())
                .isEqualTo((table.rows().get(0).fastTest() + table.rows().get(1).fastTest()) / 2);
    }
}
