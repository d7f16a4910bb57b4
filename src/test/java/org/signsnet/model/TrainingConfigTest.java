package org.signsnet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingConfigTest {
    @Test
    void notebookDefaultsAreTheNotebooksHyperparameters() {
        TrainingConfig config = TrainingConfig.notebookDefaults();
        assertThat(config.learningRate()).isEqualTo(0.009);
        assertThat(config.epochs()).isEqualTo(100);
        assertThat(config.batchSize()).isEqualTo(64);
        assertThat(config.preset()).isEqualTo(ModelPreset.NOTEBOOK);
        assertThat(config.init()).isEqualTo(InitMode.TF);
        assertThat(config.fcOpSeed()).isEqualTo(39);
    }

    @Test
    void epochZeroShufflesWithSeedFourAsTheNotebook() {
        TrainingConfig config = TrainingConfig.notebookDefaults();
        assertThat(config.shuffleSeedForEpoch(0)).isEqualTo(4);
        assertThat(config.shuffleSeedForEpoch(99)).isEqualTo(103);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, 11, Double.POSITIVE_INFINITY})
    void rejectsLearningRatesOutsideTheRange(double lr) {
        assertThatThrownBy(() -> TrainingConfig.notebookDefaults().withLearningRate(lr))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 10]");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 100_001})
    void rejectsEpochCountsOutsideTheRange(int epochs) {
        assertThatThrownBy(() -> TrainingConfig.notebookDefaults().withEpochs(epochs))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[1, 100000]");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void rejectsEmptyMinibatches(int batch) {
        assertThatThrownBy(() -> TrainingConfig.notebookDefaults().withBatchSize(batch))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch size");
    }
}
